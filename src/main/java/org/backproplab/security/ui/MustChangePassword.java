package org.backproplab.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.backproplab.security.AccountService;
import org.backproplab.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password (a new teacher, a student whose teacher reset it)
 * sees only the change-password page until they have chosen their own.
 */
@Component
class MustChangePassword implements VaadinServiceInitListener {
    private final AccountService accounts;
    private final CurrentUser user;

    MustChangePassword(AccountService accounts, CurrentUser user) {
        this.accounts = accounts;
        this.user = user;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        user.accountId().filter(accounts::mustChangePassword).ifPresent(id -> event.forwardTo(ChangePasswordView.class));
    }
}
