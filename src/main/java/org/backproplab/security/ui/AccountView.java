package org.backproplab.security.ui;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import org.backproplab.classroom.ClassroomService;
import org.backproplab.security.Account;
import org.backproplab.security.AccountService;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;
import org.backproplab.security.Role;

/** One's own account: classes (join one), password, download my data, delete my account. */
@Route("account")
@PageTitle("My account — Backprop Lab")
@Menu(order = 20, title = "My account", icon = "vaadin:user")
@PermitAll
public class AccountView extends VerticalLayout {
    private final AccountService accounts;
    private final ClassroomService classes;
    private final Account account;

    public AccountView(AccountService accounts, ClassroomService classes, CurrentUser user, ObjectMapper json,
            AuthenticationContext authentication) {
        this.accounts = accounts;
        this.classes = classes;
        this.account = accounts.find(user.accountId().orElseThrow()).orElseThrow();
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("My account"));
        var who = new Paragraph("Signed in as " + account.displayName() + " (user name " + account.username() + ", "
                + account.role().name().toLowerCase(java.util.Locale.ROOT) + ").");
        who.setId("account-who");
        add(who);
        if (account.role() == Role.STUDENT) {
            add(classesSection());
        }
        add(new H2("Password"), new RouterLink("Change my password", ChangePasswordView.class));
        add(new H2("My data"), new Paragraph("Everything the app keeps about you: your account, your attempts, quizzes and reviews."),
                download(json));
        add(deleteSection(authentication));
    }

    private Div classesSection() {
        var section = new Div();
        section.add(new H2("My classes"));
        var list = new UnorderedList();
        list.setId("my-classes");
        Runnable refresh = () -> {
            list.removeAll();
            var mine = classes.classesOf(account.id());
            if (mine.isEmpty()) {
                list.add(new ListItem("You are in no class yet."));
            }
            mine.forEach(c -> list.add(new ListItem(c.name() + (c.archived() ? " (archived)" : ""))));
        };
        refresh.run();
        var code = new TextField("Join code from your teacher");
        code.setId("join-code");
        code.setMaxLength(16);
        var join = new Button("Join the class", e -> {
            code.setInvalid(false);
            try {
                var joined = classes.join(account.id(), code.getValue());
                code.clear();
                refresh.run();
                var done = new Paragraph("You joined " + joined.name() + ".");
                done.setId("join-done");
                section.add(done);
            } catch (InvalidFieldException refused) {
                Fields.show(refused, Map.of("joinCode", code));
            }
        });
        join.setId("join-submit");
        var row = new HorizontalLayout(code, join);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        section.add(list, row);
        return section;
    }

    private Anchor download(ObjectMapper json) {
        var resource = new StreamResource("backprop-lab-my-data.json", () -> {
            try {
                return new ByteArrayInputStream(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(accounts.export(account.id())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        resource.setContentType("application/json");
        var link = new Anchor(resource, "Download my data (JSON)");
        link.getElement().setAttribute("download", true);
        link.setId("download-my-data");
        return link;
    }

    private Div deleteSection(AuthenticationContext authentication) {
        var section = new Div(new H2("Delete my account"), new Paragraph("This deletes your account with all your attempts, "
                + "quizzes, reviews and class memberships. It cannot be undone."));
        var password = new PasswordField("Your password, to confirm");
        password.setId("delete-password");
        var delete = new Button("Delete my account…", e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Delete your account for good?");
            dialog.add(new Paragraph("All your work is deleted with it. Download your data first if you want to keep it."));
            var confirm = new Button("Delete everything", c -> {
                try {
                    accounts.deleteAccount(account.id(), password.getValue());
                    dialog.close();
                    authentication.logout();
                } catch (InvalidFieldException refused) {
                    dialog.close();
                    Fields.show(refused, Map.of("password", password));
                }
            });
            confirm.setId("delete-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            var cancel = new Button("Keep my account", c -> dialog.close());
            cancel.setId("delete-cancel");
            dialog.getFooter().add(cancel, confirm);
            dialog.open();
        });
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(password, delete);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        section.add(row);
        return section;
    }
}
