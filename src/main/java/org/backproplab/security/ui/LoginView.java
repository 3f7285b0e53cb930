package org.backproplab.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.security.CurrentUser;

/**
 * The login page. The form is sent to Spring Security ({@code POST /login}, with Vaadin's CSRF
 * token); a wrong name or a wrong password get the very same message, so the page never tells
 * whether a user name exists.
 */
@Route("login")
@PageTitle("Log in — Backprop Lab")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    static final String WRONG = "The user name or the password is not right. Check both and try again.";
    static final String THROTTLED = "Too many failed logins for this user name or from this network. Wait 15 minutes, then try again.";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentUser user;

    public LoginView(CurrentUser user) {
        this.user = user;
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("Log in"));
        notice.setId("login-notice");
        notice.setVisible(false);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(WRONG));
        var register = new Paragraph(new com.vaadin.flow.component.html.Span("No account yet? "),
                new RouterLink("Register as a student", RegisterView.class));
        register.setId("login-register");
        add(notice, form, register,
                new Paragraph("Forgotten your password? Your teacher can give you a new one; teachers ask their admin."));
    }

    private static LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Your user name and password"); // an empty title is an empty heading to a screen reader
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.accountId().isPresent()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            form.setI18n(i18n(THROTTLED));
            form.setError(true);
        } else if (params.containsKey("error")) {
            form.setError(true);
        }
        if (params.containsKey("registered")) {
            notice.setText("Your account is ready. Log in with your user name and password.");
            notice.setVisible(true);
        } else if (params.containsKey("deleted")) {
            notice.setText("Your account and all its data are deleted.");
            notice.setVisible(true);
        }
    }
}
