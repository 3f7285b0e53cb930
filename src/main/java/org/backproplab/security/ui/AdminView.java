package org.backproplab.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.backproplab.security.Account;
import org.backproplab.security.AccountRules;
import org.backproplab.security.AccountService;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;
import org.backproplab.security.Role;
import org.backproplab.ui.component.Confirm;

/** For admins: create teacher accounts, see every account. */
@Route("admin")
@PageTitle("Accounts — Backprop Lab")
@Menu(order = 30, title = "Accounts", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout {

    public AdminView(AccountService accounts, CurrentUser user) {
        addClassName("bpl-page");
        setPadding(false);
        var adminId = user.accountId().orElseThrow();
        add(new H1("Accounts"));

        var grid = new Grid<Account>();
        grid.setId("accounts");
        grid.addColumn(Account::username).setHeader("User name");
        grid.addColumn(Account::displayName).setHeader("Name");
        grid.addColumn(a -> a.role().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Role");
        var reset = new Paragraph();
        reset.setId("password-reset");
        grid.addComponentColumn(a -> {
            if (a.role() == Role.ADMIN) {
                return new Span();
            }
            String role = a.role().name().toLowerCase(java.util.Locale.ROOT);
            var button = new Button("Reset password", e -> Confirm.ask("Reset the password of " + a.username() + " (" + role + ")?",
                    a.displayName() + " will no longer be able to log in with their password: you hand them a one-time password, "
                            + "and they choose a new one at their next login.", "Reset password", () -> {
                        var value = new Span(accounts.resetPasswordAsAdmin(adminId, a.id()));
                        value.setId("admin-reset-value");
                        reset.removeAll();
                        reset.add(new Span("New one-time password for " + a.username() + ": "), value,
                                new Span(" (shown once; they choose their own at the next login)."));
                    }));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel("Reset the password of " + a.username());
            button.setId("reset-" + a.username());
            return button;
        }).setHeader("Password");
        grid.setAllRowsVisible(true);
        grid.setItems(accounts.all(adminId));

        var username = new TextField("User name");
        username.setId("teacher-username");
        username.setMaxLength(AccountRules.USERNAME_MAX);
        var name = new TextField("Name");
        name.setId("teacher-name");
        name.setMaxLength(AccountRules.DISPLAY_NAME_MAX);
        var created = new Paragraph();
        created.setId("teacher-created");
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", name);
        var create = new Button("Create teacher", e -> {
            Fields.clear(fields);
            try {
                String password = accounts.createTeacher(adminId, username.getValue(), name.getValue());
                created.setText("Teacher " + AccountRules.normalizeUsername(username.getValue()) + " created. One-time password: "
                        + password + " (shown once; they choose their own at the first login).");
                username.clear();
                name.clear();
                grid.setItems(accounts.all(adminId));
            } catch (InvalidFieldException refused) {
                Fields.show(refused, fields);
            }
        });
        create.setId("teacher-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(username, name);
        form.setMaxWidth("32em");
        add(new H2("New teacher"), form, create, created, new H2("All accounts"), reset, grid);
    }
}
