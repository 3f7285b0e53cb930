package org.backproplab.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backproplab.engine.network.Datasets;
import org.backproplab.engine.network.Network;
import org.backproplab.ui.chart.ChartOptions;

/** The playground's chart options, built from its state. Colours: Okabe–Ito blue and orange, readable with colour blindness. */
final class PlaygroundCharts {
    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final int GRID = 36;
    static final double MIN_GRADIENT = 1e-12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaygroundCharts() {
    }

    static ObjectNode losses(List<EpochPoint> history) {
        var option = ChartOptions.xy("Loss", "epoch", "");
        option.with("xAxis").put("max", "dataMax");
        ChartOptions.line(option, "train", points(history, true, true));
        ChartOptions.line(option, "test", points(history, false, true));
        return option;
    }

    static ObjectNode accuracy(List<EpochPoint> history) {
        var option = ChartOptions.xy("Accuracy", "epoch", "");
        option.with("xAxis").put("max", "dataMax");
        option.with("yAxis").put("min", 0).put("max", 1);
        ChartOptions.line(option, "train", points(history, true, false));
        ChartOptions.line(option, "test", points(history, false, false));
        return option;
    }

    static List<double[]> points(List<EpochPoint> history, boolean train, boolean loss) {
        List<double[]> pts = new ArrayList<>();
        for (EpochPoint p : history) {
            double v = loss ? (train ? p.trainLoss() : p.testLoss()) : (train ? p.trainAccuracy() : p.testAccuracy());
            pts.add(new double[] {p.epoch(), v});
        }
        return pts;
    }

    /**
     * Mean |gradient| per layer on a log scale. The chart plots log10 of the values on a plain axis
     * with ticks at whole numbers and labels them 1e-3, 1e-12: an ECharts log axis writes its labels
     * out in full (0.000000000001). Each point carries its value, written short, as its name for the
     * tooltip.
     */
    static ObjectNode gradients(List<EpochPoint> history, int layers) {
        var option = ChartOptions.xy("Mean |gradient| per layer (log scale)", "epoch", "");
        option.with("xAxis").put("max", "dataMax");
        option.with("yAxis").put("minInterval", 1).putObject("axisLabel").put("formatter", "1e{value}");
        StringBuilder tooltip = new StringBuilder();
        for (int l = 0; l < layers; l++) {
            var series = ChartOptions.line(option, "layer " + (l + 1), List.of());
            ArrayNode data = series.putArray("data");
            for (EpochPoint p : history) {
                double g = p.meanAbsGradient()[l];
                if (!Double.isNaN(g)) {
                    double shown = Math.max(MIN_GRADIENT, g); // a gradient of exactly 0 has no logarithm
                    ObjectNode item = data.addObject().put("name", "epoch " + p.epoch() + ": " + Inspection.number(shown));
                    item.putArray("value").add(p.epoch()).add(round(Math.log10(shown)));
                }
            }
            tooltip.append(l == 0 ? "" : "<br/>").append("{a").append(l).append("}, {b").append(l).append('}');
        }
        option.with("tooltip").put("formatter", tooltip.toString());
        return option;
    }

    /**
     * Classification: the network's output over the plane as coloured cells (blue: class +, orange:
     * class −), with the training points on top; series 1 holds the points, data index = example.
     * Regression: the fitted curve over the points.
     */
    static ObjectNode boundary(Network net, Datasets.Dataset train, boolean regression, boolean logits) {
        if (regression) {
            var option = ChartOptions.xy("Fitted price over the houses", "area (100 m²)", "price (€100k)");
            ChartOptions.scatter(option, "houses", toPoints(train));
            List<double[]> curve = new ArrayList<>();
            for (int k = 0; k <= 60; k++) {
                double x = 0.3 + 2.3 * k / 60;
                curve.add(new double[] {x, net.predict(new double[] {x})[0]});
            }
            ChartOptions.line(option, "network", curve);
            option.withArray("series").get(0).withObject("itemStyle").put("color", BLUE);
            return option;
        }
        double[] box = bounds(train);
        var option = ChartOptions.xy("Decision boundary", "x1", "x2");
        option.remove("tooltip");
        option.putObject("tooltip").put("trigger", "item");
        // The plot ends where the data ends, at odd numbers such as -1.442: their labels would say little
        // and meet in the corner, so only the round ticks in between are labelled.
        option.with("xAxis").put("min", box[0]).put("max", box[1]).putObject("axisLabel").put("showMinLabel", false).put("showMaxLabel", false);
        option.with("yAxis").put("min", box[2]).put("max", box[3]).putObject("axisLabel").put("showMinLabel", false).put("showMaxLabel", false);
        var visual = option.putObject("visualMap");
        visual.put("show", false).put("min", 0).put("max", 1).put("seriesIndex", 0).put("dimension", 2);
        visual.putObject("inRange").putPOJO("color", List.of(ORANGE, "#f7f7f7", BLUE));
        ObjectNode cells = option.withArray("series").addObject().put("type", "scatter").put("name", "output")
                .put("symbol", "rect").put("silent", true);
        cells.putPOJO("symbolSize", List.of(14, 14));
        ArrayNode data = cells.putArray("data");
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x = box[0] + (box[1] - box[0]) * (i + 0.5) / GRID;
                double y = box[2] + (box[3] - box[2]) * (j + 0.5) / GRID;
                double out = net.predict(new double[] {x, y})[0];
                double p = logits ? org.backproplab.engine.Functions.sigmoid(out) : (Math.max(-1, Math.min(1, out)) + 1) / 2;
                data.addArray().add(round(x)).add(round(y)).add(round(p));
            }
        }
        ObjectNode points = option.withArray("series").addObject().put("type", "scatter").put("name", "training points")
                .put("symbolSize", 8);
        ArrayNode pd = points.putArray("data");
        for (int e = 0; e < train.size(); e++) {
            boolean positive = train.y()[e][0] > (logits ? 0.5 : 0);
            ObjectNode item = pd.addObject();
            item.putArray("value").add(round(train.x()[e][0])).add(round(train.x()[e][1]));
            item.put("symbol", positive ? "circle" : "triangle");
            item.putObject("itemStyle").put("color", positive ? BLUE : ORANGE).put("borderColor", "#222").put("borderWidth", 1);
        }
        option.remove("legend");
        return option;
    }

    private static List<double[]> toPoints(Datasets.Dataset d) {
        List<double[]> pts = new ArrayList<>();
        for (int e = 0; e < d.size(); e++) {
            pts.add(new double[] {d.x()[e][0], d.y()[e][0]});
        }
        return pts;
    }

    private static double[] bounds(Datasets.Dataset d) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] x : d.x()) {
            b[0] = Math.min(b[0], x[0]);
            b[1] = Math.max(b[1], x[0]);
            b[2] = Math.min(b[2], x[1]);
            b[3] = Math.max(b[3], x[1]);
        }
        double px = (b[1] - b[0]) * 0.1;
        double py = (b[3] - b[2]) * 0.1;
        return new double[] {round(b[0] - px), round(b[1] + px), round(b[2] - py), round(b[3] + py)};
    }

    // The diagram's geometry in pixels. The view sizes the chart to it, and two invisible anchors at
    // its corners make ECharts map these coordinates one to one, so the sizes below hold on the
    // screen: no label over a node or another label, whatever the network's shape.
    static final int NODE = 30;
    static final int COLUMN = 160;
    static final int ROW = 42;
    static final int LEFT = 100; // the inputs' values, left of them
    static final int RIGHT = 150; // the output's values, right of it
    static final int TOP = 64; // the title, then half of the output's label
    static final int BOTTOM = 30;
    static final int LABEL_GAP = 6;
    /** Node labels: dark text on a white box, whatever the theme, so they read in light and dark alike. */
    static final String LABEL_TEXT = "#1a1a1a";
    static final String LABEL_BOX = "#ffffff";
    static final String NODE_FILL = "#d8dee9";
    /**
     * Edge colours: blue for a positive weight, orange for a negative one, each with at least 3:1
     * contrast on the light page (white) and on the dark one (Lumo's dark base, #233348).
     */
    static final String EDGE_POSITIVE = "#2A84C8";
    static final String EDGE_NEGATIVE = "#C47A00";

    static int diagramWidth(Network net) {
        return LEFT + net.layers() * COLUMN + RIGHT;
    }

    static int diagramHeight(Network net) {
        return TOP + BOTTOM + (widest(net) - 1) * ROW;
    }

    private static int widest(Network net) {
        int units = 1;
        for (int l = 0; l <= net.layers(); l++) {
            units = Math.max(units, net.size(l));
        }
        return units;
    }

    /** Where a unit sits: layer by layer from left (inputs) to right (output), each layer centred. */
    static double[] position(Network net, int layer, int unit) {
        return new double[] {LEFT + layer * COLUMN, TOP + (unit - 1 + (widest(net) - net.size(layer)) / 2.0) * ROW};
    }

    /**
     * The network: units as circles, layer by layer; each edge coloured by the weight's sign (blue
     * +, orange −) and as thick as its size; hovering shows the weight and its current gradient.
     * Names sit inside the units; with {@code inspect}, each unit's values for that example sit in a
     * box beside it (left of the inputs, right of the others), and the edges fade behind them.
     */
    static ObjectNode diagram(Network net, Inspection inspect, boolean logits) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        // Title at the left: on a phone the diagram scrolls sideways, and a centred title would start off screen.
        option.putObject("title").put("text", inspect == null ? "The network" : inspect.title()).put("left", 8)
                .putObject("textStyle").put("fontSize", 14);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "graph").put("layout", "none").put("symbolSize", NODE)
                .put("left", 0).put("right", 0).put("top", 0).put("bottom", 0);
        series.putObject("label").put("show", true).put("fontSize", 10).put("color", LABEL_TEXT);
        ArrayNode data = series.putArray("data");
        ArrayNode links = series.putArray("links");
        // The frame: invisible corners, so that the diagram's coordinates are the chart's pixels.
        anchor(data, "frame-top-left", 0, 0);
        anchor(data, "frame-bottom-right", diagramWidth(net), diagramHeight(net));
        double maxW = 1e-9;
        for (int k = 0; k < net.parameterCount(); k++) {
            if (net.isWeight(k)) {
                maxW = Math.max(maxW, Math.abs(net.param(k)));
            }
        }
        for (int l = 0; l <= net.layers(); l++) {
            for (int j = 1; j <= net.size(l); j++) {
                double[] at = position(net, l, j);
                ObjectNode node = data.addObject().put("name", unit(l, j)).put("x", at[0]).put("y", at[1]);
                boolean output = l == net.layers();
                String name = l == 0 ? "x" + j : output ? "out" : "h" + l + "_" + j;
                ObjectNode label = node.putObject("label");
                if (inspect != null) {
                    box(label, inspect.label(l, j), l == 0 ? "left" : "right");
                } else if (output && logits) {
                    // Under cross-entropy the output is a logit, not a probability: say which is which.
                    box(label, "out = logit z\nσ(z) = P(class +)", "right");
                } else {
                    label.put("formatter", name);
                }
                node.putObject("itemStyle").put("color", inspect != null && inspect.isCurrent(l) ? ORANGE : NODE_FILL)
                        .put("borderColor", "#333");
            }
        }
        for (int l = 1; l <= net.layers(); l++) {
            for (int j = 1; j <= net.size(l); j++) {
                for (int i = 1; i <= net.size(l - 1); i++) {
                    int k = net.weightIndex(l, j, i);
                    double w = net.param(k);
                    ObjectNode link = links.addObject().put("source", unit(l - 1, i)).put("target", unit(l, j));
                    link.putObject("lineStyle").put("color", w >= 0 ? EDGE_POSITIVE : EDGE_NEGATIVE)
                            .put("width", 1 + 4 * Math.abs(w) / maxW).put("opacity", inspect == null ? 1 : 0.35);
                    link.putObject("tooltip").put("formatter", String.format(Locale.ROOT, "%s = %.4f, gradient %.4g",
                            net.parameterName(k), w, net.grad(k)));
                }
            }
        }
        return option;
    }

    private static void anchor(ArrayNode data, String name, double x, double y) {
        ObjectNode node = data.addObject().put("name", name).put("x", x).put("y", y).put("symbolSize", 0).put("silent", true);
        node.putObject("label").put("show", false);
        node.putObject("tooltip").put("show", false);
        node.putObject("itemStyle").put("opacity", 0);
    }

    private static void box(ObjectNode label, String text, String side) {
        label.put("formatter", text).put("position", side).put("distance", LABEL_GAP).put("fontSize", 11).put("lineHeight", 14)
                .put("color", LABEL_TEXT).put("backgroundColor", LABEL_BOX).put("borderColor", "#8a94a6").put("borderWidth", 1)
                .put("borderRadius", 3).putPOJO("padding", List.of(2, 4));
    }

    static String unit(int l, int j) {
        return "u" + l + "_" + j;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
