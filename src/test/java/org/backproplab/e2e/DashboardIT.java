package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.backproplab.classroom.ClassroomService;
import org.backproplab.engine.lang.Program;
import org.backproplab.security.AccountService;
import org.junit.jupiter.api.Test;

/**
 * The teacher dashboard in a real browser: two students of a class solve "Add, then multiply", one
 * with the sign of dL/dx flipped (mistake M02); the teacher sees both in the matrix, the mistake in
 * the heat map, drills into the attempt, and downloads the gradebook, which a CSV parser reads back.
 */
class DashboardIT extends BrowserTest {

    /** Logs the student in in a browser of their own and answers sum-times-z, dL/dx negated when {@code slip}. */
    private void solve(String student, boolean slip) throws Exception {
        try (var ctx = newContext(new Browser.NewContextOptions())) {
            Page p = ctx.newPage();
            Accounts.logIn(p, student, Accounts.PASSWORD);
            p.navigate("practice/exercise/sum-times-z");
            var e = Program.parse("q = x + y\nf = q * z").evaluate(valuesOn(p)).backward();
            p.locator("#answer-0 input").fill(Double.toString(e.node("q").data()));
            p.locator("#answer-1 input").fill(Double.toString(e.node("z").grad()));
            p.locator("#answer-2 input").fill(Double.toString(slip ? -e.node("x").grad() : e.node("x").grad()));
            p.locator("#submit").click();
            assertThat(p.locator("#feedback-2")).containsText(slip ? "sign" : "Correct");
        }
    }

    @Test
    void theTeacherSeesBothStudentsTheMistakeAndTheAttemptAndDownloadsTheGradebook() throws Exception {
        var accounts = AppServer.bean(AccountService.class);
        var classes = AppServer.bean(ClassroomService.class);
        String teacher = Accounts.teacher();
        var schoolClass = classes.createClass(accounts.findByUsername(teacher).orElseThrow().id(), "Dashboard class");
        String ada = Accounts.unique("ada");
        String bob = Accounts.unique("bob");
        for (String s : List.of(ada, bob)) {
            var account = accounts.registerStudent(s, s.startsWith("ada") ? "Ada Right" : "Bob Slip", Accounts.PASSWORD, Optional.empty());
            classes.join(account.id(), schoolClass.joinCode());
        }
        solve(ada, false);
        solve(bob, true);

        Accounts.logIn(page, teacher, Accounts.PASSWORD);
        page.navigate("dashboard");
        page.locator("#classes a", new Page.LocatorOptions().setHasText("Dashboard class")).click();
        var matrix = page.locator("#matrix");
        assertThat(matrix).containsText("Ada Right");
        assertThat(matrix).containsText("Bob Slip");
        assertThat(matrix).containsText("100%");
        screenshot(page, "dashboard-overview");

        page.locator("a", new Page.LocatorOptions().setHasText("Mistakes")).first().click();
        var cell = page.locator("#heat-map button[aria-label^='1 times M02']").first();
        assertThat(cell).isVisible();
        cell.click();
        assertThat(page.locator("#suggestion")).containsText("Suggested");
        assertThat(page.locator("#occurrences")).containsText("Bob Slip");
        assertThat(page.locator("#suggestion")).isInViewport(); // the details are brought into view
        screenshot(page, "dashboard-mistakes");

        page.locator("#occurrences a", new Page.LocatorOptions().setHasText("Bob Slip")).click();
        var attempts = page.locator("#attempts");
        assertThat(attempts).containsText("Add, then multiply"); // exercises by title, as on the overview
        assertThat(attempts).containsText("M02");
        attempts.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Add, then multiply")).first().click();
        assertThat(page.locator(".attempt-details").first()).containsText("mistake M02");
        screenshot(page, "dashboard-student");

        page.navigate("dashboard/" + schoolClass.id());
        var download = page.waitForDownload(() -> page.locator("#gradebook-csv").click());
        var file = download.path();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF");
        List<CSVRecord> rows;
        try (Reader in = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).extracting(r -> r.get("name")).containsExactlyInAnyOrder("Ada Right", "Bob Slip");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sum-times-z")).isNotEmpty());
        assertThat(rows).filteredOn(r -> r.get("name").equals("Ada Right")).singleElement()
                .satisfies(r -> assertThat(r.get("sum-times-z")).isEqualTo("100.0"));
    }
}
