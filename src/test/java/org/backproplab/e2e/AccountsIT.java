package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * Accounts and classes in a real browser: a teacher creates a class and an assignment; a guest
 * solves an exercise, registers with the join code, finds the attempt in their history and the
 * assignment on their start page; the teacher resets the student's password and the student must
 * choose a new one. Markup typed into text fields shows as text and never runs.
 */
class AccountsIT extends BrowserTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private final List<String> dialogs = new ArrayList<>();

    private Page watched(BrowserContext context) {
        Page p = context.newPage();
        p.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        return p;
    }

    private String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

    @Test
    void teacherClassGuestRegistersWithTheCodeAndTeacherResetsThePassword() {
        // The teacher: a class (its name with markup in it) and an assignment.
        String teacher = Accounts.teacher();
        var teacherContext = newContext(new Browser.NewContextOptions());
        Page t = watched(teacherContext);
        t.navigate("");
        String before = sessionCookie(teacherContext);
        Accounts.logIn(t, teacher, Accounts.PASSWORD);
        assertThat(sessionCookie(teacherContext)).as("a new session id at login").isNotEqualTo(before).isNotEmpty();
        t.navigate("teach");
        t.locator("#class-name input").fill("Year 12 " + MARKUP);
        t.locator("#class-create").click();
        assertThat(t.locator("#class-title")).hasText("Year 12 " + MARKUP);
        String code = t.locator("#class-code-value").innerText().strip();
        assertThat(code).hasSize(8);
        t.locator("#assignment-title input").fill("Chain rule warm-up");
        t.locator("#assignment-quiz").click();
        t.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("First steps")).click();
        t.locator("#assignment-due input").fill("12/31/2030");
        t.locator("#assignment-due input").press("Enter");
        t.locator("#assignment-create").click();
        assertThat(t.locator("#class-assignments")).containsText("Chain rule warm-up");
        assertThat(t.locator("#class-assignments")).containsText("due 31 Dec 2030");
        screenshot(t, "accounts-class");

        // The guest: an exercise solved, the plain notice, then registration with the code.
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate("");
        assertThat(page.locator("#guest-notice")).containsText("only in this browser");
        page.navigate("practice/exercise/sum-times-z");
        Tour.solve(page, "sum-times-z");
        assertThat(page.locator("#best-mark")).containsText("1 attempt");
        page.navigate("register?code=" + code.toLowerCase());
        String student = Accounts.unique("pupil");
        page.locator("#reg-username input").fill(student);
        page.locator("#reg-display-name input").fill(MARKUP);
        page.locator("#reg-password input").fill("password123");
        page.locator("#reg-repeat input").fill("password123");
        page.locator("#reg-submit").click();
        assertThat(page.locator("#reg-password")).hasAttribute("invalid", "");
        assertThat(page.locator("#reg-password")).containsText("common");
        page.locator("#reg-password input").fill("my own long secret");
        page.locator("#reg-repeat input").fill("my own long secret");
        String guestSession = sessionCookie(page.context());
        page.locator("#reg-submit").click();
        // Signed in at once, on the start page, in a new session.
        assertThat(page.locator("#welcome-notice")).containsText("you are signed in");
        assertThat(page.locator("#account-name")).hasText(MARKUP);
        assertThat(sessionCookie(page.context())).as("a new session id at registration").isNotEqualTo(guestSession);
        assertThat(page.locator("#my-assignments")).containsText("Chain rule warm-up");
        assertThat(page.locator("#my-assignments")).containsText("due 31 Dec 2030");
        // A quiz is started by acting in it, not by practising its exercises (sum-times-z is in it).
        assertThat(page.locator("#my-assignments .bpl-assignment-state")).hasText("Not started");
        assertThat(page.locator("#continue")).containsText("Add, then multiply");
        screenshot(page, "accounts-student-home");
        page.navigate("practice/exercise/sum-times-z");
        assertThat(page.locator("#history vaadin-grid-cell-content").first()).isVisible();
        assertThat(page.locator("#best-mark")).containsText("1 attempt");

        // The teacher sees the student (name as text) and resets the password.
        t.reload();
        assertThat(t.locator("#class-members")).containsText(student);
        t.locator("#reset-" + student).click();
        assertThat(t.locator("vaadin-dialog-overlay")).containsText("will no longer be able to log in"); // it asks first
        t.locator("#confirm-yes").click();
        String oneTime = t.locator("#reset-password-value").innerText().strip();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        screenshot(t, "accounts-reset");

        // The student, elsewhere, logs in with it and must choose a new password first.
        var other = newContext(new Browser.NewContextOptions());
        Page s = watched(other);
        s.navigate("login");
        s.locator("#login-form input[name='username']").fill(student);
        s.locator("#login-form input[name='password']").fill(oneTime);
        s.locator("#login-form input[name='password']").press("Enter");
        assertThat(s.locator("#must-change-notice")).isVisible();
        s.navigate("practice");
        assertThat(s.locator("#must-change-notice")).isVisible();
        s.locator("#pw-current input").fill(oneTime);
        s.locator("#pw-new input").fill("a brand new secret");
        s.locator("#pw-repeat input").fill("a brand new secret");
        s.locator("#pw-save").click();
        assertThat(s.locator("#my-assignments")).containsText("Chain rule warm-up");
        // The student finishes the assigned quiz (skipping every exercise): the start page says done.
        s.locator("#my-assignments a", new Page.LocatorOptions().setHasText("First steps")).click();
        for (int i = 0; i < 4; i++) {
            assertThat(s.locator("#quiz-progress")).containsText("exercise " + (i + 1) + " of 4");
            s.locator("#quiz-skip").click();
        }
        assertThat(s.locator("h1")).containsText("Quiz summary");
        s.navigate("");
        assertThat(s.locator("#my-assignments .bpl-assignment-state")).hasText("Done");

        assertThat(dialogs).as("no script from a text field ran").isEmpty();
        assertThat((Boolean) t.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length === 0")).isTrue();
        assertThat((Boolean) page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length === 0")).isTrue();
        teacherContext.close();
        other.close();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameMessage() {
        var f = Accounts.fixture();
        for (String username : new String[] {f.student(), "nobody-" + f.student()}) {
            page.navigate("login");
            page.locator("#login-form input[name='username']").fill(username);
            page.locator("#login-form input[name='password']").fill("not the password");
            page.locator("#login-form input[name='password']").press("Enter");
            page.waitForURL(url -> url.contains("error"));
            // The message sits in the form's shadow DOM, which getByText reaches.
            assertThat(page.getByText("The user name or the password is not right")).isVisible();
            assertThat(page.getByText("Too many failed logins")).hasCount(0);
        }
    }

    @Test
    void anAdminCreatesATeacherAndResetsTheirForgottenPassword() {
        Accounts.fixture(); // the admin's password is set
        Accounts.logIn(page, "admin", Accounts.PASSWORD);
        page.navigate("admin");
        String teacher = Accounts.unique("teach");
        page.locator("#teacher-username input").fill(teacher);
        page.locator("#teacher-name input").fill("Ms " + teacher);
        page.locator("#teacher-create").click();
        assertThat(page.locator("#teacher-created")).containsText("One-time password");
        assertThat(page.locator("#accounts")).containsText(teacher);
        assertThat(page.locator("#reset-admin")).hasCount(0); // an admin changes their own
        page.locator("#reset-" + teacher).click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("Reset the password of " + teacher + " (teacher)?");
        page.locator("#confirm-yes").click();
        String oneTime = page.locator("#admin-reset-value").innerText().strip();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        screenshot(page, "admin-reset");

        var other = newContext(new Browser.NewContextOptions());
        Page t = other.newPage();
        t.navigate("login");
        t.locator("#login-form input[name='username']").fill(teacher);
        t.locator("#login-form input[name='password']").fill(oneTime);
        t.locator("#login-form input[name='password']").press("Enter");
        assertThat(t.locator("#must-change-notice")).isVisible();
        other.close();
    }

    @Test
    void aStudentCannotOpenTeacherPagesEvenByAddress() {
        var f = Accounts.fixture();
        Accounts.logIn(page, f.student(), Accounts.PASSWORD);
        page.navigate("teach/class/" + f.schoolClass().id());
        assertThat(page.locator("#class-title")).hasCount(0);
        page.navigate("admin");
        assertThat(page.locator("#accounts")).hasCount(0);
        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();
        page.navigate("account");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }
}
