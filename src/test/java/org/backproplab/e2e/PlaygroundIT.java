package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** Train a network in the browser, pause, reload, and look inside one example. */
class PlaygroundIT extends BrowserTest {

    private int epoch() {
        return Integer.parseInt(page.locator("#pg-epoch-count").innerText().replace("Epoch ", "").strip());
    }

    private void choose(String select, String item) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        settle(page);
    }

    private List<?> series(String chart, int index) {
        return (List<?>) page.locator(chart).evaluate("c => c.chart.getOption().series[" + index + "].data.map(p => p[1])");
    }

    @Test
    void aLearnerTrainsPausesReloadsAndInspects() {
        page.navigate("playground");
        assertThat(page.locator("h1")).hasText("Playground");
        page.locator("#pg-reset").click();
        assertThat(page.locator("#pg-epoch-count")).hasText("Epoch 0");

        page.locator("#pg-play").click();
        assertThat(page.locator("#pg-play")).hasText("Pause");
        assertThat(page.locator("#pg-busy")).isVisible();
        page.waitForFunction("() => parseInt(document.querySelector('#pg-epoch-count').innerText.replace('Epoch ', '')) >= 15");
        page.locator("#pg-play").click();
        assertThat(page.locator("#pg-play")).hasText("Play");
        assertThat(page.locator("#pg-busy")).isHidden();
        int paused = epoch();
        page.waitForTimeout(500);
        assertThat(epoch()).isEqualTo(paused);

        // The charts got the server's points: the loss falls and the accuracy rises.
        var loss = series("#pg-loss", 0);
        var accuracy = series("#pg-accuracy", 1);
        assertThat(loss.size()).isGreaterThanOrEqualTo(10);
        assertThat(((Number) loss.get(loss.size() - 1)).doubleValue()).isLessThan(((Number) loss.get(0)).doubleValue());
        assertThat(((Number) accuracy.get(accuracy.size() - 1)).doubleValue()).isGreaterThan(((Number) accuracy.get(0)).doubleValue());
        assertThat(((Number) accuracy.get(accuracy.size() - 1)).doubleValue()).isGreaterThanOrEqualTo(0.9);
        screenshot(page, "playground-trained");

        // A reload keeps the session's playground.
        page.reload();
        assertThat(page.locator("#pg-epoch-count")).hasText("Epoch " + paused);

        // Inspect one training point: forward values, then gradients arriving backward.
        var boundary = page.locator("#pg-boundary");
        boundary.locator("canvas").first().waitFor();
        boundary.scrollIntoViewIfNeeded();
        var pixel = (List<?>) boundary.evaluate(
                "c => c.chart.convertToPixel({seriesIndex: 1}, c.chart.getOption().series[1].data[0].value)");
        var box = boundary.boundingBox();
        page.mouse().click(box.x + ((Number) pixel.get(0)).doubleValue(), box.y + ((Number) pixel.get(1)).doubleValue());
        assertThat(page.locator("#pg-inspect-text")).containsText("Example 1: loss E =");
        page.locator("#pg-inspect-back").click();
        assertThat(page.locator("#pg-inspect-text")).containsText("Gradients shown for the last 1 layer");
        page.locator("#pg-diagram").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "playground-inspect.png")));
    }

    @Test
    void badSettingsGetAMessageAndKeepTheState() {
        page.navigate("playground");
        page.locator("#pg-epoch").click();
        assertThat(page.locator("#pg-epoch-count")).not().hasText("Epoch 0");
        String before = page.locator("#pg-epoch-count").innerText();
        page.locator("#pg-hidden input").fill("4, lots");
        page.locator("#pg-apply").click();
        assertThat(page.locator("#pg-message")).containsText("Hidden layers");
        assertThat(page.locator("#pg-epoch-count")).hasText(before);
        page.locator("#pg-hidden input").fill("99");
        page.locator("#pg-apply").click();
        assertThat(page.locator("#pg-message")).containsText("cannot be used");
    }

    @Test
    void twoTabsOfOneSessionShowOneNetwork() {
        page.navigate("playground");
        assertThat(page.locator("#pg-lifetime")).containsText("it is not saved");
        page.locator("#pg-reset").click();
        assertThat(page.locator("#pg-step-count")).hasText("no steps yet");
        Page other = browserContext.newPage(); // same cookies: the same session
        other.navigate("playground");
        assertThat(other.locator("#pg-epoch-count")).hasText("Epoch 0");

        page.locator("#pg-step").click();
        assertThat(page.locator("#pg-step-count")).hasText("1 step, 10 of 200 examples into epoch 1");
        assertThat(other.locator("#pg-step-count")).hasText("1 step, 10 of 200 examples into epoch 1");
        page.locator("#pg-epoch").click();
        assertThat(other.locator("#pg-epoch-count")).hasText("Epoch 1");
        assertThat(other.locator("#pg-step-count")).hasText("20 steps");

        other.locator("#pg-hidden input").fill("4");
        other.locator("#pg-apply").click();
        assertThat(page.locator("#pg-epoch-count")).hasText("Epoch 0");
        assertThat(page.locator("#pg-hidden input")).hasValue("4");
        other.locator("#pg-epoch").click();
        assertThat(page.locator("#pg-epoch-count")).hasText("Epoch 1");
    }

    @Test
    void aNegativeRateIsExplainedAndASwingingLossIsWarnedAbout() {
        page.navigate("playground");
        page.locator("#pg-rate input").fill("-1");
        page.locator("#pg-rate input").press("Tab");
        assertThat(page.locator("#pg-rate")).hasAttribute("invalid", "");
        assertThat(page.locator("#pg-rate [slot=error-message]")).hasText("a learning rate above 0, at most 10");

        // The case: SGD at rate 10 makes the loss jump about long before anything overflows.
        choose("#pg-optimiser", "SGD");
        page.locator("#pg-rate input").fill("10");
        page.locator("#pg-apply").click();
        assertThat(page.locator("#pg-message")).isEmpty();
        assertThat(page.locator("#pg-warning")).isHidden();
        page.locator("#pg-epoch").click();
        page.locator("#pg-epoch").click();
        assertThat(page.locator("#pg-warning")).containsText("the learning rate looks too high");
        assertThat(page.locator("#pg-message")).isEmpty(); // not diverged
        page.locator("#pg-warning").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "playground-too-high.png")));
    }
}
