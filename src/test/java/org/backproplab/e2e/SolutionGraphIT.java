package org.backproplab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A network's worked solution as drawn in the browser: layer by layer, left to right, in both themes. */
class SolutionGraphIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void aNetworksGraphRunsLayerByLayerFromInputsToTheLoss(String theme) {
        var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setDeviceScaleFactor(2));
        context.addInitScript("try { localStorage.setItem('bpl-theme', '" + theme + "'); } catch (e) {}");
        Page p = context.newPage();
        Tour.visit(p, new Tour.Stop("solved", "practice/exercise/two-two-one-relu", q -> Tour.solve(q, "two-two-one-relu")));
        p.locator("#show-all").click();
        p.waitForFunction("() => document.querySelector('#solution-step').innerText.includes('Every gradient')");
        var graph = p.locator("#solution-graph");
        graph.scrollIntoViewIfNeeded();

        // Where the browser's chart has each box, in pixels.
        @SuppressWarnings("unchecked")
        var positions = (List<Map<String, Object>>) graph.evaluate("c => { const d = c.chart.getModel().getSeriesByIndex(0).getData();"
                + " return d.mapArray(i => { const l = d.getItemLayout(i); return {name: d.getName(i), x: l[0], y: l[1]}; }); }");
        Map<String, double[]> at = new HashMap<>();
        positions.forEach(n -> at.put((String) n.get("name"), new double[] {((Number) n.get("x")).doubleValue(), ((Number) n.get("y")).doubleValue()}));
        graph.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "solution-graph-network-" + theme + ".png")));

        // Layer by layer, left to right: inputs and first-layer weights, z1, a1, z2, a2, the loss.
        assertThat(at.get("x1")[0]).isEqualTo(at.get("w1_1_1")[0]).isLessThan(at.get("z1_1")[0]);
        assertThat(at.get("z1_1")[0]).isLessThan(at.get("a1_1")[0]);
        assertThat(at.get("a1_1")[0]).isLessThan(at.get("z2_1")[0]);
        assertThat(at.get("z2_1")[0]).isLessThan(at.get("a2_1")[0]);
        assertThat(at.get("a2_1")[0]).isLessThan(at.get("E")[0]);
        assertThat(at.values()).as("nothing right of the loss").allSatisfy(c -> assertThat(c[0]).isLessThanOrEqualTo(at.get("E")[0] + 60));
        // The second layer's weights are not among the first layer's values: a row of their own
        // below them, centred between a1 and the z2 they feed.
        for (String w : List.of("w2_1_1", "w2_1_2", "b2_1")) {
            assertThat(at.get(w)[1]).as(w + " below a1").isGreaterThan(Math.max(at.get("a1_1")[1], at.get("a1_2")[1]) + 44);
        }
        assertThat(at.get("w2_1_2")[0]).isGreaterThan(at.get("a1_1")[0]).isLessThan(at.get("z2_1")[0]);

        // On a desktop the whole network is in view, not cut off at the box's edge.
        var fits = (Boolean) p.evaluate("() => { const b = document.querySelector('#solution-graph-box'); return b.scrollWidth <= b.clientWidth; }");
        assertThat(fits).isTrue();
        context.close();
    }
}
