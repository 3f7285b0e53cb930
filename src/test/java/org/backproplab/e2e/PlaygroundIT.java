package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** Train a network in the browser, pause, reload, and look inside one example. */
class PlaygroundIT extends BrowserTest {

    private int epoch() {
        return Integer.parseInt(page.locator("#pg-epoch-count").innerText().replace("Epoch ", "").strip());
    }

    /**
     * What a chart drew, read from its ECharts canvas: every text (title, axis names and labels,
     * legend, unit labels) and every symbol (units, legend marks) as a box in pixels. A text box
     * that zrender reports flatter than its font is grown to one line per row of text (a rotated one, sideways).
     */
    private static final String DRAWN = """
            c => {
              const box = el => {
                const r = el.getBoundingRect().clone();
                if (el.transform) r.applyTransform(el.transform);
                return {x: r.x, y: r.y, w: r.width, h: r.height};
              };
              const texts = new Set();
              const symbols = [];
              for (const el of c.chart.getZr().storage.getDisplayList(true)) {
                if (el.parent && el.parent.type === 'text') texts.add(el.parent);
                else if (el.type === 'path') symbols.push(box(el));
              }
              return {
                texts: [...texts].map(t => {
                  const b = box(t);
                  const size = parseFloat(t.style.fontSize || ((t.style.font || '').match(/([0-9.]+)px/) || [0, 12])[1]);
                  const rows = String(t.style.text).split('\\n').length;
                  if (b.h < size && b.w >= b.h) { const mid = b.y + b.h / 2; b.h = size * rows; b.y = mid - b.h / 2; }
                  else if (b.w < size && b.h > b.w) { const mid = b.x + b.w / 2; b.w = size * rows; b.x = mid - b.w / 2; }
                  return Object.assign(b, {text: String(t.style.text)});
                }),
                symbols: symbols.filter(s => s.w > 2 && s.h > 2),
              };
            }""";

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> drawn(Page p, String chart) {
        p.locator(chart).scrollIntoViewIfNeeded();
        // Measured once ECharts has drawn and its transitions have ended: mid-way, old axis labels
        // still fade out beside the new ones.
        nextFrames(p);
        p.waitForFunction("c => c.chart && c.chart.getZr().storage.getDisplayList(true).length > 0 "
                + "&& c.chart.getZr().animation.isFinished()", p.locator(chart).elementHandle());
        return (Map<String, List<Map<String, Object>>>) p.locator(chart).evaluate(DRAWN);
    }

    /** ECharts draws on the next animation frame: wait for two, so that what it was last told is on the canvas. */
    private static void nextFrames(Page p) {
        p.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    private static double n(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** Two boxes overlap, or come closer than 2 pixels: texts that touch read as one. */
    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return Math.min(n(a, "x") + n(a, "w"), n(b, "x") + n(b, "w")) - Math.max(n(a, "x"), n(b, "x")) > -2
                && Math.min(n(a, "y") + n(a, "h"), n(b, "y") + n(b, "h")) - Math.max(n(a, "y"), n(b, "y")) > -2;
    }

    private static List<String> overlaps(List<Map<String, Object>> these, List<Map<String, Object>> those) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < these.size(); i++) {
            for (int j = these == those ? i + 1 : 0; j < those.size(); j++) {
                if (overlap(these.get(i), those.get(j))) {
                    found.add(these.get(i) + " over " + those.get(j));
                }
            }
        }
        return found;
    }

    private void choose(String select, String item) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        settle(page);
    }

    private void inspectTheFirstTrainingPoint() {
        var boundary = page.locator("#pg-boundary");
        boundary.locator("canvas").first().waitFor();
        boundary.scrollIntoViewIfNeeded();
        var pixel = (List<?>) boundary.evaluate(
                "c => c.chart.convertToPixel({seriesIndex: 1}, c.chart.getOption().series[1].data[0].value)");
        var box = boundary.boundingBox();
        page.mouse().click(box.x + ((Number) pixel.get(0)).doubleValue(), box.y + ((Number) pixel.get(1)).doubleValue());
        assertThat(page.locator("#pg-inspect-text")).containsText("Example");
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

        page.locator("#pg-diagram-frame").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-network.png")));

        // Inspect one training point: forward values, then gradients arriving backward.
        inspectTheFirstTrainingPoint();
        assertThat(page.locator("#pg-inspect-text")).containsText("Example 1 (class");
        assertThat(page.locator("#pg-inspect-text")).containsText("probability that this point is in class +");
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
    void theInspectorKeepsItsLabelsOffTheUnitsAndOffEachOtherInBothThemes() {
        page.setViewportSize(1280, 900);
        page.navigate("playground");
        choose("#pg-dataset", "Spiral"); // the widest default network: 2, 16, 16, 1 units
        page.locator("#pg-epoch").click();
        settle(page);
        inspectTheFirstTrainingPoint();
        for (int layer = 1; layer <= 3; layer++) {
            page.locator("#pg-inspect-back").click();
            assertThat(page.locator("#pg-inspect-text")).containsText("last " + layer + " layer");
        }
        var drawn = drawn(page, "#pg-diagram");
        var texts = drawn.get("texts");
        assertThat(overlaps(texts, texts)).isEmpty();
        assertThat(overlaps(texts, drawn.get("symbols"))).isEmpty();
        // The title, 2 inputs, 32 hidden units and the output, each with its values.
        assertThat(texts).hasSize(36);
        assertThat(drawn.get("symbols")).hasSize(35);
        assertThat(texts).anySatisfy(t -> assertThat((String) t.get("text")).contains("(logit)").contains("p = σ(z) = "));
        page.locator("#pg-diagram-frame").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-inspect-spiral.png")));

        // The dark theme redraws the chart; the labels bring their own colours, so they read the same.
        page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
        var dark = drawn(page, "#pg-diagram");
        assertThat(dark.get("texts")).hasSize(36);
        assertThat(overlaps(dark.get("texts"), dark.get("symbols"))).isEmpty();
        page.locator("#pg-diagram-frame").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-inspect-spiral-dark.png")));
    }

    @Test
    void onAPhoneChartTextsKeepApartAndTheGradientAxisReadsInPowersOfTen() {
        page.setViewportSize(360, 780);
        page.navigate("playground");
        for (String dataset : List.of("House prices (regression)", "XOR")) {
            choose("#pg-dataset", dataset);
            for (int e = 0; e < 3; e++) {
                page.locator("#pg-epoch").click();
                settle(page);
            }
            for (String chart : List.of("#pg-loss", "#pg-boundary", "#pg-gradients")) {
                var texts = drawn(page, chart).get("texts");
                assertThat(overlaps(texts, texts)).as("%s on %s", chart, dataset).isEmpty();
            }
            var gradientLabels = drawn(page, "#pg-gradients").get("texts").stream().map(t -> (String) t.get("text"))
                    .filter(t -> t.startsWith("1e") || t.startsWith("0.0")).toList();
            assertThat(gradientLabels).isNotEmpty().allMatch(t -> t.matches("1e-?[0-9]+"));
        }
        screenshot(page, "playground-phone");
        page.locator("#pg-boundary").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-phone-boundary.png")));
        page.locator("#pg-gradients").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-phone-gradients.png")));
        page.locator("#pg-diagram-frame").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "playground-phone-network.png")));
        // The diagram keeps its size and scrolls in its own frame; the page itself does not widen.
        page.setViewportSize(390, 844);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .isTrue();
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
