package org.backproplab.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.backproplab.classroom.ClassroomService;
import org.backproplab.security.ui.ChangePasswordView;
import org.backproplab.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The new pages on the server: messages next to the fields, markup shown as text, the must-change rule. */
class AccountPagesKaribuTest extends KaribuTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired
    AccountService accounts;
    @Autowired
    ClassroomService classes;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registrationShowsEachRuleNextToItsField() {
        UI.getCurrent().navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withId("reg-username")), "a");
        _setValue(_get(TextField.class, spec -> spec.withId("reg-display-name")), MARKUP);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-password")), "a long enough secret");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-repeat")), "a long enough secret");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        var username = _get(TextField.class, spec -> spec.withId("reg-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("3 to 40");

        // Every broken rule at once, each at its field: a short password, a wrong code, a differing repeat.
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-password")), "short");
        _setValue(_get(TextField.class, spec -> spec.withId("reg-join-code")), "NOPE-NOPE");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        assertThat(username.isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("reg-password")).getErrorMessage()).contains("at least 10");
        assertThat(_get(PasswordField.class, spec -> spec.withId("reg-repeat")).getErrorMessage()).contains("differ");
        assertThat(_get(TextField.class, spec -> spec.withId("reg-join-code")).getErrorMessage()).contains("No open class");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-password")), "a long enough secret");
        _setValue(_get(TextField.class, spec -> spec.withId("reg-join-code")), "");

        _setValue(username, unique("k"));
        _setValue(_get(TextField.class, spec -> spec.withId("reg-join-code")), "NOPE-NOPE");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        assertThat(username.isInvalid()).isFalse();
        var code = _get(TextField.class, spec -> spec.withId("reg-join-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("No open class");

        _setValue(code, "");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-repeat")), "something else entirely");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reg-repeat")).getErrorMessage()).contains("differ");

        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-repeat")), "a long enough secret");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
        assertThat(accounts.findByUsername(username.getValue())).get().extracting(Account::displayName).isEqualTo(MARKUP);
        // Signed in at once, with a new session id (the browser test follows the page to the start page).
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getName()).isEqualTo(accounts.findByUsername(username.getValue()).orElseThrow().username());
    }

    @Test
    void aStudentWithAOneTimePasswordSeesOnlyThePasswordPage() {
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        String teacher = unique("t");
        accounts.createTeacher(admin, teacher, "T");
        UUID teacherId = accounts.findByUsername(teacher).orElseThrow().id();
        var c = classes.createClass(teacherId, "K");
        var student = accounts.registerStudent(unique("s"), "S", "a long enough secret", Optional.empty());
        classes.join(student.id(), c.joinCode());
        String oneTime = classes.resetPassword(teacherId, c.id(), student.id());

        signIn(student.username());
        UI.getCurrent().navigate("practice");
        _get(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("pw-current")), oneTime);
        _setValue(_get(PasswordField.class, spec -> spec.withId("pw-new")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("pw-repeat")), "short");
        _click(_get(Button.class, spec -> spec.withId("pw-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("pw-new")).getErrorMessage()).contains("at least 10");
        _setValue(_get(PasswordField.class, spec -> spec.withId("pw-new")), "my very own secret");
        _setValue(_get(PasswordField.class, spec -> spec.withId("pw-repeat")), "my very own secret");
        _click(_get(Button.class, spec -> spec.withId("pw-save")));
        UI.getCurrent().navigate("practice");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void aClassNameWithMarkupIsText() {
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        String teacher = unique("t");
        accounts.createTeacher(admin, teacher, "T");
        TestPasswords.settle(context, accounts.findByUsername(teacher).orElseThrow().id());
        signIn(teacher);
        UI.getCurrent().navigate("teach");
        _setValue(_get(TextField.class, spec -> spec.withId("class-name")), MARKUP);
        _click(_get(Button.class, spec -> spec.withId("class-create")));
        var title = _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("class-title"));
        assertThat(title.getText()).isEqualTo(MARKUP);
        assertThat(title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode); // text, not an element
        assertThat(_get(Span.class, spec -> spec.withId("class-code-value")).getText()).hasSize(8);
    }
}
