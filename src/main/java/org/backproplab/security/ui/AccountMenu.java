package org.backproplab.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.backproplab.security.CurrentUser;

/** The top bar's account corner: "Log in" and "Register" for a guest, the name and "Log out" when signed in. */
public class AccountMenu extends HorizontalLayout {

    public AccountMenu(CurrentUser user, AuthenticationContext authentication) {
        setId("account-menu");
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)"); // narrow, so the app's name keeps room on a phone
        setAlignItems(Alignment.CENTER);
        var name = user.displayName();
        if (name.isPresent()) {
            var who = new RouterLink(name.get(), AccountView.class);
            who.setId("account-name");
            var logout = new Button("Log out", e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(who, logout);
        } else {
            var login = new RouterLink("Log in", LoginView.class);
            login.setId("login-link");
            var register = new RouterLink("Register", RegisterView.class);
            register.setId("register-link");
            add(login, new Span("·"), register);
        }
    }
}
