package org.backproplab.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.backproplab.security.AccountRules;
import org.backproplab.security.AccountService;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;

/** Changing one's password; the only page open to someone who must change theirs (see MustChangePassword). */
@Route("account/password")
@PageTitle("Change password — Backprop Lab")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(AccountService accounts, CurrentUser user) {
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("Change your password"));
        var id = user.accountId().orElseThrow();
        if (accounts.mustChangePassword(id)) {
            var must = new Paragraph("You were given a one-time password. Choose your own now to continue.");
            must.setId("must-change-notice");
            add(must);
        }
        var current = new PasswordField("Current password");
        current.setId("pw-current");
        current.setMaxLength(AccountRules.PASSWORD_MAX);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        var chosen = new PasswordField("New password");
        chosen.setId("pw-new");
        chosen.setMaxLength(AccountRules.PASSWORD_MAX);
        chosen.setHelperText("At least " + AccountRules.PASSWORD_MIN + " characters; not a common password.");
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var repeat = new PasswordField("New password again");
        repeat.setId("pw-repeat");
        repeat.setMaxLength(AccountRules.PASSWORD_MAX);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Map<String, HasValidation> fields = Map.of("current", current, "password", chosen, "repeat", repeat);
        var save = new Button("Change password", e -> {
            Fields.clear(fields);
            if (!chosen.getValue().equals(repeat.getValue())) {
                Fields.show(new InvalidFieldException("repeat", "The two passwords differ."), fields);
                return;
            }
            try {
                accounts.changePassword(id, current.getValue(), chosen.getValue());
                Notification.show("Your password is changed.", 4000, Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidFieldException refused) {
                Fields.show(refused, fields);
            }
        });
        save.setId("pw-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, chosen, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32em");
        add(form, save);
    }
}
