package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.Cookie;

import org.backproplab.learner.LearnerService;
import org.junit.jupiter.api.Test;

class ShellIT extends BrowserTest {

    @Test
    void aLearnerMovesThroughTheShellAndSeesTheServersChart() {
        page.navigate("");
        assertThat(page.locator("h1")).hasText("Learn how neural networks learn");

        var chart = page.locator("#sigmoid-chart");
        var canvas = chart.locator("canvas").first();
        canvas.waitFor();
        var box = canvas.boundingBox();
        assertThat(box.width).isGreaterThan(100);
        assertThat(box.height).isGreaterThan(100);
        page.waitForFunction("() => document.querySelector('#sigmoid-chart').pointCount(0) === 121");
        assertThat((Integer) chart.evaluate("c => c.pointCount(1)")).isEqualTo(121);
        // ECharts' aria module describes the chart, data included, for screen readers.
        assertThat(chart.getAttribute("aria-label")).contains("σ(z)").contains("Line chart");
        screenshot(page, "home");

        // A click on the curve goes to the server, which answers with text and a new point.
        clickOnCurve(chart);
        assertThat(page.locator("#sigmoid-picked")).containsText("At z = 0.0: σ(z) = 0.5000");
        page.waitForFunction("() => document.querySelector('#sigmoid-chart').pointCount(2) === 1");

        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Glossary")).click();
        assertThat(page).hasURL(AppServer.baseUrl() + "glossary");
        assertThat(page.locator("h1")).hasText("Glossary");
        page.locator("#glossary-search input").fill("chain");
        assertThat(page.locator("#glossary-list h2").first()).hasText("Chain rule");

        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Practice")).click();
        assertThat(page.locator("h1")).hasText("Practice");
    }

    /** Clicks the plot area just right of z = 0, away from the curves. */
    private void clickOnCurve(com.microsoft.playwright.Locator chart) {
        chart.scrollIntoViewIfNeeded();
        var point = (java.util.List<?>) chart.evaluate("c => c.chart.convertToPixel({gridIndex: 0}, [0.01, 0.3])");
        var box = chart.boundingBox();
        double px = ((Number) point.get(0)).doubleValue();
        double py = ((Number) point.get(1)).doubleValue();
        page.mouse().click(box.x + px, box.y + py);
    }

    @Test
    void unknownAddressesGetAFriendlyPageWithoutAStackTrace() {
        page.navigate("this/does/not/exist");
        assertThat(page.locator("h1")).hasText("This page does not exist");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aPageThatFailsShowsAnApologyNotAStackTrace() {
        page.navigate("test-only/boom"); // a route of the test classpath whose constructor throws
        assertThat(page.locator("h1")).hasText("Something went wrong on our side");
        assertThat(page.locator("#server-error")).containsText("incident");
        assertThat(page.content()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void theThemeSwitchGoesDarkAndIsRemembered() {
        page.navigate("");
        page.locator("#theme-toggle").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        page.reload();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        assertThat(page.locator("h1")).hasText("Learn how neural networks learn");
        page.locator("#sigmoid-chart canvas").first().waitFor();
        // Lumo's dark palette is in force, not just the attribute.
        String background = (String) page.evaluate("() => getComputedStyle(document.documentElement).getPropertyValue('--lumo-base-color').trim()");
        assertThat(background).isNotIn("#fff", "#ffffff", "white", "");
        screenshot(page, "home-dark");
    }

    @Test
    void onAPhoneTheNavigationIsADrawerReachableByKeyboard() {
        var phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        var p = phone.newPage();
        p.navigate("");
        assertThat(p.locator("h1")).isVisible();
        var toggle = p.locator("vaadin-drawer-toggle");
        toggle.focus();
        p.keyboard().press("Enter");
        var learn = p.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Learn"));
        assertThat(learn).isVisible();
        p.waitForFunction("() => document.querySelector('vaadin-app-layout').drawerOpened");
        p.waitForTimeout(500); // the drawer slides in
        screenshot(p, "phone-drawer");
        learn.click();
        assertThat(p.locator("h1")).hasText("The course: how a network learns");
        assertThat(p.locator("#course-path")).containsText("The chain rule on a computational graph");
        phone.close();
    }

    @Test
    void aGuestWhoClosesAndReopensTheBrowserIsTheSameLearner() {
        var learners = AppServer.bean(LearnerService.class);
        long before = learners.count();
        page.navigate("practice/exercise/sigmoid-neuron");
        assertThat(page.locator("#learner-status")).containsText("guest");
        settle(page);
        assertThat(learners.count()).as("drawing pages stores nothing").isEqualTo(before);
        page.locator("#hint").click();
        assertThat(page.locator("#hints")).containsText("the ½ cancels the 2");
        settle(page);
        assertThat(learners.count()).as("the first stored action creates the learner").isEqualTo(before + 1);
        String values = page.locator("#values").innerText();
        Cookie guest = browserContext.cookies().stream().filter(c -> c.name.equals("bpl_guest")).findFirst().orElseThrow();
        assertThat(guest.expires).isGreaterThan(System.currentTimeMillis() / 1000.0 + 300 * 24 * 3600);
        var storage = browserContext.storageState();
        browserContext.close();

        // "Reopening the browser": a new context with only the persistent cookies (no session cookie).
        var reopened = newContext(new Browser.NewContextOptions().setStorageState(storage));
        reopened.clearCookies();
        reopened.addCookies(java.util.List.of(guest));
        var again = reopened.newPage();
        again.navigate("practice/exercise/sigmoid-neuron");
        assertThat(again.locator("#hints")).containsText("the ½ cancels the 2");
        assertThat(again.locator("#values").innerText()).as("the same numbers").isEqualTo(values);
        settle(again);
        assertThat(learners.count()).isEqualTo(before + 1);
        assertThat(learners.learnerForGuestToken(guest.value).createdAt()).isNotNull();
        assertThat(learners.count()).isEqualTo(before + 1);
        reopened.close();
        browserContext = newContext(new Browser.NewContextOptions());
    }
}
