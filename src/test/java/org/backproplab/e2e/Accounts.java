package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Page;

import org.backproplab.classroom.ClassroomService;
import org.backproplab.classroom.SchoolClass;
import org.backproplab.security.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts for browser tests, made through the app's own services, and logging in through the real login form. */
final class Accounts {
    static final String PASSWORD = "tour password 42";
    private static Fixture fixture;

    /** A teacher with a class, a student in it and an assignment: for the tours of signed-in pages. */
    record Fixture(String teacher, String student, SchoolClass schoolClass) {
    }

    private Accounts() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A teacher as an admin makes one, with their own password already chosen. */
    static String teacher() {
        var accounts = AppServer.bean(AccountService.class);
        String name = unique("teacher");
        accounts.createTeacher(adminId(), name, "Teacher " + name);
        setPassword(name, PASSWORD);
        return name;
    }

    static UUID adminId() {
        return AppServer.bean(AccountService.class).findByUsername("admin").orElseThrow().id();
    }

    /** Gives the account this password, chosen (for tests that are not about one-time passwords). */
    static void setPassword(String username, String password) {
        var encoder = AppServer.bean(org.springframework.security.crypto.password.PasswordEncoder.class);
        AppServer.bean(JdbcClient.class).sql("UPDATE account SET password_hash = ?, must_change_password = FALSE WHERE username = ?")
                .params(encoder.encode(password), username).update();
    }

    static synchronized Fixture fixture() {
        if (fixture == null) {
            var accounts = AppServer.bean(AccountService.class);
            var classes = AppServer.bean(ClassroomService.class);
            String teacher = teacher();
            UUID teacherId = accounts.findByUsername(teacher).orElseThrow().id();
            var c = classes.createClass(teacherId, "Tour class");
            String student = unique("student");
            var s = accounts.registerStudent(student, "Tour student", PASSWORD, Optional.empty());
            classes.join(s.id(), c.joinCode());
            classes.assign(teacherId, c.id(), "Tour work", null, List.of("sum-times-z"), null);
            setPassword("admin", PASSWORD);
            fixture = new Fixture(teacher, student, c);
        }
        return fixture;
    }

    /** Logs in through the login page; afterwards the start page (or the page the login was for) is shown. */
    static void logIn(Page page, String username, String password) {
        page.navigate("login");
        page.locator("#login-form input[name='username']").fill(username);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#account-name")).isVisible();
    }
}
