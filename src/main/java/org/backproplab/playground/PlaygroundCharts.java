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

    static ObjectNode gradients(List<EpochPoint> history, int layers) {
        var option = ChartOptions.xy("Mean |gradient| per layer", "epoch", "");
        option.with("xAxis").put("max", "dataMax");
        option.with("yAxis").put("type", "log");
        for (int l = 0; l < layers; l++) {
            List<double[]> pts = new ArrayList<>();
            for (EpochPoint p : history) {
                if (!Double.isNaN(p.meanAbsGradient()[l])) {
                    pts.add(new double[] {p.epoch(), Math.max(1e-12, p.meanAbsGradient()[l])});
                }
            }
            ChartOptions.line(option, "layer " + (l + 1), pts);
        }
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
        option.with("xAxis").put("min", box[0]).put("max", box[1]);
        option.with("yAxis").put("min", box[2]).put("max", box[3]);
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

    /**
     * The network: units as circles, layer by layer; each edge coloured by the weight's sign (blue
     * +, orange −) and as thick as its size; hovering shows the weight and its current gradient.
     * With {@code inspect}, unit labels show that example's values and gradients.
     */
    static ObjectNode diagram(Network net, Inspection inspect) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        option.putObject("title").put("text", inspect == null ? "The network" : inspect.title()).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "graph").put("layout", "none").put("symbolSize", 34).put("top", 44).put("bottom", 20);
        series.putObject("label").put("show", true).put("fontSize", 10).put("lineHeight", 12);
        ArrayNode data = series.putArray("data");
        ArrayNode links = series.putArray("links");
        double maxW = 1e-9;
        for (int k = 0; k < net.parameterCount(); k++) {
            if (net.isWeight(k)) {
                maxW = Math.max(maxW, Math.abs(net.param(k)));
            }
        }
        for (int l = 0; l <= net.layers(); l++) {
            for (int j = 1; j <= net.size(l); j++) {
                String name = unit(l, j);
                ObjectNode node = data.addObject().put("name", name).put("x", l * 200)
                        .put("y", (j - (net.size(l) + 1) / 2.0) * 60);
                String label = l == 0 ? "x" + j : (l == net.layers() ? "out" : "h" + l + "_" + j);
                if (inspect != null) {
                    label = inspect.label(l, j, label);
                }
                node.putObject("label").put("formatter", label);
                node.putObject("itemStyle").put("color", inspect != null && inspect.isCurrent(l) ? ORANGE : "#d8dee9")
                        .put("borderColor", "#333");
            }
        }
        for (int l = 1; l <= net.layers(); l++) {
            for (int j = 1; j <= net.size(l); j++) {
                for (int i = 1; i <= net.size(l - 1); i++) {
                    int k = net.weightIndex(l, j, i);
                    double w = net.param(k);
                    ObjectNode link = links.addObject().put("source", unit(l - 1, i)).put("target", unit(l, j));
                    link.putObject("lineStyle").put("color", w >= 0 ? BLUE : ORANGE)
                            .put("width", 0.5 + 5 * Math.abs(w) / maxW).put("opacity", 0.8);
                    link.putObject("tooltip").put("formatter", String.format(Locale.ROOT, "%s = %.4f, gradient %.4g",
                            net.parameterName(k), w, net.grad(k)));
                }
            }
        }
        return option;
    }

    static String unit(int l, int j) {
        return "u" + l + "_" + j;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
