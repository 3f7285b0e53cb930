package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core on every page of the tour, in the light and the dark theme: no violation of any rule.
 * And what axe cannot see: the keyboard's way through the shell, the not-found page, the icon.
 */
class AccessibilityIT extends BrowserTest {
    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> pagesInBothThemes() {
        return Tour.stops().stream().flatMap(stop -> Stream.of(Arguments.of(stop, "light"), Arguments.of(stop, "dark")));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pagesInBothThemes")
    void axeFindsNoViolation(Tour.Stop stop, String theme) {
        // The theme toggle's stored choice, in place before the page's first script reads it.
        var context = newContext(new Browser.NewContextOptions());
        context.addInitScript("try { localStorage.setItem('bpl-theme', '" + theme + "'); } catch (e) {}");
        Page p = context.newPage();
        Tour.visit(p, stop);
        assertThat(p.evaluate("() => document.documentElement.getAttribute('theme') === 'dark'")).isEqualTo(theme.equals("dark"));

        List<Rule> violations = new AxeBuilder(p).analyze().getViolations();
        assertThat(violations).as(stop + " in the " + theme + " theme:\n" + describe(violations)).isEmpty();
        context.close();
    }

    @Test
    void theFirstTabReachesASkipLinkThatJumpsToTheContent() {
        page.navigate("practice");
        assertThat(page.locator("h1").first()).hasText("Practice");
        settle(page);
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("skip-link");
        assertThat(page.locator("#skip-link")).hasText("Skip to content");
        assertThat(page.locator("#skip-link").isVisible()).isTrue();
        screenshot(page, "skip-link");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main-content");
        assertThat(page.url()).as("the address stays").isEqualTo(AppServer.baseUrl() + "practice");
        // The next Tab goes into the page, past the menu.
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('main') !== null")).isEqualTo(true);
    }

    @Test
    void chartsAreKeyboardStopsFollowedByTheirTables() {
        page.navigate("");
        page.locator("#sigmoid-chart canvas").first().waitFor();
        settle(page);
        page.locator("#sigmoid-chart").focus();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("sigmoid-chart");
        assertThat(page.locator("#sigmoid-chart").getAttribute("aria-label")).contains("σ(z)");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('#sigmoid-table') !== null")).isEqualTo(true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#sigmoid-table table")).isVisible();
        assertThat(page.locator("#sigmoid-table table")).containsText("0.5000");
        // Reached by Tab from the start of the page, as a keyboard user would.
        page.navigate("");
        page.locator("#sigmoid-chart canvas").first().waitFor();
        settle(page);
        boolean reached = false;
        for (int i = 0; i < 40 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = "sigmoid-chart".equals(page.evaluate("() => document.activeElement.id"));
        }
        assertThat(reached).as("Tab reaches the chart").isTrue();

        // The playground's live charts: each a keyboard stop, their tables right after them.
        page.navigate("playground");
        page.locator("#pg-reset").click();
        page.locator("#pg-epoch").click();
        page.locator("#pg-epoch").click();
        assertThat(page.locator("#pg-epoch-count")).hasText("Epoch 2");
        page.locator("#pg-gradients").focus();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("pg-gradients");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('#pg-chart-tables') !== null")).isEqualTo(true);
        page.keyboard().press("Enter");
        var lossTable = page.locator("#pg-chart-tables vaadin-details").first().locator("table");
        assertThat(lossTable).containsText("epoch");
        assertThat(lossTable.locator("tbody tr")).hasCount(3); // epochs 0 (untrained), 1 and 2
        assertThat(lossTable.locator("tbody tr").last().locator("td").first()).hasText("2");
    }

    @Test
    void anUnknownAddressAnswers404WithTheMenuBesideIt() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + "no/such/page")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        var known = http.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + "glossary")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(known.statusCode()).isEqualTo(200);

        var answer = page.navigate("no/such/page");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(page.locator("main h1")).hasText("This page does not exist");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Practice"))).isVisible();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Glossary")).click();
        assertThat(page.locator("h1")).hasText("Glossary");
    }

    @Test
    void thePageHasAnIconAndItIsServed() throws Exception {
        page.navigate("");
        String href = (String) page.evaluate("() => document.querySelector('link[rel~=icon]').href");
        for (String url : List.of(href, AppServer.baseUrl() + "favicon.ico")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
            assertThat(response.body().length).as(url).isGreaterThan(100);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(n -> "    " + n.getTarget() + " — " + n.getFailureSummary().replace("\n", " "))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
