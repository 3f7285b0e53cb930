package org.backproplab.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.classroom.StudentRegistration;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.security.AccountRules;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;

/**
 * Registering as a student: a user name, the name the class sees and a password; no e-mail
 * (learners may be minors). A join code, when the teacher gave one (or it is in the link's
 * {@code ?code=}), puts the student in the class at once. Whatever this browser did as a guest
 * becomes the account's.
 */
@Route("register")
@PageTitle("Register — Backprop Lab")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {
    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Your name, as your class sees it");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Password again");
    private final TextField joinCode = new TextField("Class join code (if you have one)");
    private final CurrentUser user;

    public RegisterView(StudentRegistration registration, CurrentLearner learner, CurrentUser user, SignInNow signIn) {
        this.user = user;
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("Register as a student"));
        var guest = new Paragraph("You can learn without an account, but then your progress lives only in this browser. "
                + "With an account it is kept for you on any device, and your teacher can follow it. "
                + "What you did here as a guest moves into your new account.");
        guest.setId("register-guest-notice");
        add(guest);

        username.setId("reg-username");
        username.setMaxLength(AccountRules.USERNAME_MAX);
        username.setHelperText(AccountRules.USERNAME_MIN + " to " + AccountRules.USERNAME_MAX
                + " characters: letters a to z, digits, . - _ (no e-mail address needed)");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setId("reg-display-name");
        displayName.setMaxLength(AccountRules.DISPLAY_NAME_MAX);
        displayName.setHelperText("A first name is enough.");
        password.setId("reg-password");
        password.setMaxLength(AccountRules.PASSWORD_MAX);
        password.setHelperText("At least " + AccountRules.PASSWORD_MIN + " characters; not a common password.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setId("reg-repeat");
        repeat.setMaxLength(AccountRules.PASSWORD_MAX);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        joinCode.setId("reg-join-code");
        joinCode.setMaxLength(16);
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "password", password,
                "repeat", repeat, "joinCode", joinCode);

        var submit = new Button("Create my account", e -> {
            Fields.clear(fields);
            if (!password.getValue().equals(repeat.getValue())) {
                var problems = new java.util.LinkedHashMap<>(registration.problems(username.getValue(), displayName.getValue(),
                        password.getValue(), joinCode.getValue()));
                problems.put("repeat", "The two passwords differ.");
                Fields.show(new InvalidFieldException(problems), fields);
                return;
            }
            try {
                var account = registration.register(username.getValue(), displayName.getValue(), password.getValue(),
                        joinCode.getValue(), learner.storedGuest());
                learner.forgetGuest(); // its progress is the account's now, and its row is gone
                if (signIn.signIn(account.username())) {
                    // A full load, so that the whole app (menu, account name) is drawn for the account.
                    getUI().ifPresent(ui -> ui.getPage().setLocation(ui.getInternals().getContextRootRelativePath() + "?welcome"));
                } else {
                    getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("registered", "yes"))));
                }
            } catch (InvalidFieldException refused) {
                Fields.show(refused, fields);
            }
        });
        submit.setId("reg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout(username, displayName, password, repeat, joinCode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32em");
        add(form, submit, new Paragraph(new com.vaadin.flow.component.html.Span("Already registered? "),
                new RouterLink("Log in", LoginView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.accountId().isPresent()) {
            event.forwardTo(AccountView.class);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(joinCode::setValue);
    }
}
