package org.backproplab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.backproplab.engine.Functions;
import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.Loss;
import org.backproplab.playground.PlaygroundSettings.DatasetKind;
import org.backproplab.ui.WcagContrast;
import org.junit.jupiter.api.Test;

/** The playground's chart options: what each chart is told to draw. The browser tests measure the drawing. */
class PlaygroundChartsTest {
    /** The page behind the charts: Lumo's base colour in the light and in the dark theme. */
    private static final List<String> PAGES = List.of("#ffffff", "#233348");

    private static Playground trained(PlaygroundSettings settings, int epochs) {
        var p = new Playground(settings);
        for (int e = 0; e < epochs; e++) {
            p.epoch();
        }
        return p;
    }

    private static JsonNode node(JsonNode option, String name) {
        for (JsonNode n : option.get("series").get(0).get("data")) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no node " + name);
    }

    @Test
    void theGradientChartLabelsItsLogAxisInPowersOfTen() {
        var p = trained(PlaygroundSettings.defaults(DatasetKind.XOR), 3);
        var option = PlaygroundCharts.gradients(p.history(), 3);
        var axis = option.get("yAxis");
        assertThat(axis.get("type").asText()).isEqualTo("value");
        assertThat(axis.get("minInterval").asInt()).isEqualTo(1); // ticks at whole powers only
        assertThat(axis.get("axisLabel").get("formatter").asText()).isEqualTo("1e{value}");
        var first = option.get("series").get(0).get("data").get(0);
        double gradient = p.history().get(1).meanAbsGradient()[0];
        assertThat(first.get("value").get(1).asDouble()).isCloseTo(Math.log10(gradient), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(first.get("name").asText()).isEqualTo("epoch 1: " + Inspection.number(gradient));
    }

    @Test
    void numbersAreWrittenShort() {
        assertThat(Inspection.number(0.0027)).isEqualTo("0.0027");
        assertThat(Inspection.number(2.7e-5)).isEqualTo("2.7e-5");
        assertThat(Inspection.number(1e-19)).isEqualTo("1e-19");
        assertThat(Inspection.number(-8.2164)).isEqualTo("-8.22");
        assertThat(Inspection.number(0)).isEqualTo("0");
        assertThat(Inspection.number(123456)).isEqualTo("1.23e5");
    }

    @Test
    void unitsAreLaidOutLayerByLayerFromInputsToTheOutput() {
        var net = trained(new PlaygroundSettings(DatasetKind.XOR, 0.1, List.of(16, 3, 16, 1), Activation.TANH,
                Loss.BCE_WITH_LOGITS, PlaygroundSettings.OptimizerKind.ADAM, 0.03, 10, 0, 1), 0).network();
        var option = PlaygroundCharts.diagram(net, null, true);
        for (int l = 0; l <= net.layers(); l++) {
            for (int j = 1; j <= net.size(l); j++) {
                var unit = node(option, PlaygroundCharts.unit(l, j));
                assertThat(unit.get("x").asDouble()).isEqualTo(PlaygroundCharts.LEFT + l * PlaygroundCharts.COLUMN);
                assertThat(unit.get("y").asDouble()).isBetween((double) PlaygroundCharts.TOP,
                        (double) PlaygroundCharts.diagramHeight(net) - PlaygroundCharts.BOTTOM);
                if (j > 1) {
                    assertThat(unit.get("y").asDouble() - node(option, PlaygroundCharts.unit(l, j - 1)).get("y").asDouble())
                            .isEqualTo(PlaygroundCharts.ROW);
                }
            }
        }
        // The frame's corners are the chart's size, so ECharts draws these coordinates as pixels.
        assertThat(node(option, "frame-bottom-right").get("x").asInt()).isEqualTo(PlaygroundCharts.diagramWidth(net));
        assertThat(node(option, "frame-bottom-right").get("y").asInt()).isEqualTo(PlaygroundCharts.diagramHeight(net));
    }

    @Test
    void underCrossEntropyTheOutputIsALogitAndItsProbabilityIsNamedAsSuch() {
        var p = trained(PlaygroundSettings.defaults(DatasetKind.XOR), 5);
        var net = p.network();
        var x = p.trainData().x()[0];
        var inspection = new Inspection(net, x, p.trainData().y()[0], Loss.BCE_WITH_LOGITS, 0);
        var output = node(PlaygroundCharts.diagram(net, inspection, true), PlaygroundCharts.unit(net.layers(), 1));
        double z = net.predict(x)[0];
        assertThat(output.get("label").get("formatter").asText())
                .isEqualTo("z = " + Inspection.number(z) + " (logit)\np = σ(z) = " + Inspection.number(Functions.sigmoid(z)));
        assertThat(node(PlaygroundCharts.diagram(net, null, true), PlaygroundCharts.unit(net.layers(), 1))
                .get("label").get("formatter").asText()).contains("logit z").contains("σ(z) = P(class +)");

        var hinge = new Inspection(net, x, new double[] {1}, Loss.HINGE, 0);
        var plain = node(PlaygroundCharts.diagram(net, hinge, false), PlaygroundCharts.unit(net.layers(), 1));
        assertThat(plain.get("label").get("formatter").asText()).isEqualTo("output = " + Inspection.number(z)).doesNotContain("σ");
    }

    @Test
    void labelsAndEdgesReadInTheLightAndTheDarkTheme() {
        // Labels carry their own colours (dark on white, dark on the light units), so the theme cannot
        // change them; edges are drawn straight on the page and must stand out from both pages.
        assertThat(WcagContrast.ratio(PlaygroundCharts.LABEL_TEXT, PlaygroundCharts.LABEL_BOX)).isGreaterThanOrEqualTo(4.5);
        assertThat(WcagContrast.ratio(PlaygroundCharts.LABEL_TEXT, PlaygroundCharts.NODE_FILL)).isGreaterThanOrEqualTo(4.5);
        assertThat(WcagContrast.ratio(PlaygroundCharts.LABEL_TEXT, PlaygroundCharts.ORANGE)).isGreaterThanOrEqualTo(4.5);
        for (String page : PAGES) {
            assertThat(WcagContrast.ratio(PlaygroundCharts.EDGE_POSITIVE, page)).as("blue edge on %s", page).isGreaterThanOrEqualTo(3);
            assertThat(WcagContrast.ratio(PlaygroundCharts.EDGE_NEGATIVE, page)).as("orange edge on %s", page).isGreaterThanOrEqualTo(3);
        }
        var p = trained(PlaygroundSettings.defaults(DatasetKind.XOR), 1);
        var option = PlaygroundCharts.diagram(p.network(), new Inspection(p.network(), p.trainData().x()[0], p.trainData().y()[0],
                Loss.BCE_WITH_LOGITS, 0), true);
        List<String> textColours = new ArrayList<>();
        option.get("series").get(0).get("data").forEach(n -> {
            var label = n.get("label");
            if (label.path("show").asBoolean(true)) {
                textColours.add(label.path("color").asText(option.get("series").get(0).get("label").get("color").asText()));
                assertThat(label.get("backgroundColor").asText()).isEqualTo(PlaygroundCharts.LABEL_BOX);
                assertThat(label.get("position").asText()).isIn("left", "right"); // beside the unit, never on it
            }
        });
        assertThat(textColours).isNotEmpty().allMatch(PlaygroundCharts.LABEL_TEXT::equals);
    }
}
