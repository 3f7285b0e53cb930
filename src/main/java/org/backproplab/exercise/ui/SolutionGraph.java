package org.backproplab.exercise.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.ui.chart.ChartOptions;

/**
 * The worked solution's graph as an ECharts option, drawn at a scale of one data unit per pixel
 * (the chart is given exactly the size of the drawing, and scrolls inside its box on a phone), so
 * that the gaps kept here between boxes, arrows and their labels are the gaps on the screen.
 *
 * <p>Columns come from {@link WorkedSolution} (given values left of the step that uses them, the
 * output rightmost). Within a column the computed values are centred on one middle line. The
 * givens of a later layer (the second layer's weights, a target) sit side by side in a row of
 * their own, centred half way between the step before and the step they feed, below the computed
 * values (above them for a step in the upper half of its column): no arrow between computed values
 * runs through them, and the drawing stays about as wide as the network is deep.
 * Every label is dark text on a light box of its own, so it reads the same on the light and the
 * dark theme's background.
 */
final class SolutionGraph {
    static final int COLUMN_PITCH = 170;
    static final int ROW_PITCH = 64;
    static final int NODE_WIDTH = 108;
    static final int NODE_HEIGHT = 44;
    static final int MARGIN = 8;
    static final int EDGE_FONT_SIZE = 10;

    static final String TEXT = "#111111";
    static final String LABEL_BACKGROUND = "#ffffff";
    static final String NODE_FILL = "#d8dee9";
    static final String CURRENT_FILL = ChartOptions.PALETTE.get(1);
    static final String PATH_FILL = ChartOptions.PALETTE.get(4);
    static final String EDGE = "#888888";
    static final String PATH_EDGE = ChartOptions.PALETTE.get(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where each box's centre is, and the size of the whole drawing, in pixels. */
    record Layout(Map<String, double[]> centres, int width, int height) {
    }

    private SolutionGraph() {
    }

    static Layout layout(WorkedSolution solution) {
        Map<Integer, List<WorkedSolution.Node>> computed = new TreeMap<>();
        Map<Integer, List<WorkedSolution.Node>> given = new TreeMap<>();
        for (var n : solution.nodes()) {
            (n.input() ? given : computed).computeIfAbsent(n.level(), k -> new ArrayList<>()).add(n);
        }
        // Left to right: a full step between computed columns, half steps around a later given column.
        Map<Integer, Double> x = new TreeMap<>();
        Integer previous = null;
        for (int column : new TreeSet<>(solution.nodes().stream().map(WorkedSolution.Node::level).toList())) {
            boolean half = previous != null && (laterGiven(given, previous) || laterGiven(given, column));
            x.put(column, previous == null ? 0 : x.get(previous) + (half ? COLUMN_PITCH / 2.0 : COLUMN_PITCH));
            previous = column;
        }
        Map<String, double[]> centres = new LinkedHashMap<>();
        double top = 0;
        double bottom = 0;
        for (var column : computed.entrySet()) {
            stack(column.getValue(), x.get(column.getKey()), centres);
            for (var n : column.getValue()) {
                top = Math.min(top, centres.get(n.name())[1]);
                bottom = Math.max(bottom, centres.get(n.name())[1]);
            }
        }
        for (var column : given.entrySet()) {
            if (column.getKey() == 0) {
                stack(column.getValue(), 0, centres); // nothing runs through the leftmost column
            } else {
                rows(solution, column.getValue(), x.get(column.getKey()), top, bottom, centres);
            }
        }
        double minX = centres.values().stream().mapToDouble(c -> c[0]).min().orElse(0);
        double maxX = centres.values().stream().mapToDouble(c -> c[0]).max().orElse(0);
        double minY = centres.values().stream().mapToDouble(c -> c[1]).min().orElse(0);
        double maxY = centres.values().stream().mapToDouble(c -> c[1]).max().orElse(0);
        return new Layout(centres, (int) Math.round(maxX - minX) + NODE_WIDTH + 2 * MARGIN,
                (int) Math.round(maxY - minY) + NODE_HEIGHT + 2 * MARGIN);
    }

    /** One above the other, centred on the middle line. */
    private static void stack(List<WorkedSolution.Node> nodes, double x, Map<String, double[]> centres) {
        for (int i = 0; i < nodes.size(); i++) {
            centres.put(nodes.get(i).name(), new double[] {x, (i - (nodes.size() - 1) / 2.0) * ROW_PITCH});
        }
    }

    /**
     * The givens of a later step, side by side in a row: above the computed values for a step in
     * the upper half of its column, below them otherwise. Arrows between computed values pass
     * between the rows, and each given's arrow rises or falls to its step without crossing a box.
     */
    private static void rows(WorkedSolution solution, List<WorkedSolution.Node> givens, double x, double top, double bottom,
            Map<String, double[]> centres) {
        Map<String, List<WorkedSolution.Node>> byStep = new LinkedHashMap<>();
        for (var g : givens) {
            String step = solution.edges().stream().filter(e -> e.from().equals(g.name())).map(WorkedSolution.Edge::to)
                    .filter(centres::containsKey).min(java.util.Comparator.comparingDouble(t -> centres.get(t)[0])).orElse("");
            byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(g);
        }
        int above = 0;
        int below = 0;
        for (var group : byStep.entrySet()) {
            boolean up = centres.containsKey(group.getKey()) && centres.get(group.getKey())[1] < 0;
            // Far enough from the computed values for the arrows' numbers to fit in between.
            double y = up ? top - ROW_PITCH * (2 + above++) : bottom + ROW_PITCH * (2 + below++);
            var nodes = group.getValue();
            double half = (nodes.size() - 1) / 2.0 * (NODE_WIDTH + MARGIN);
            for (int i = 0; i < nodes.size(); i++) {
                centres.put(nodes.get(i).name(), new double[] {x - half + i * (NODE_WIDTH + MARGIN), y});
            }
        }
    }

    private static boolean laterGiven(Map<Integer, ?> givenColumns, int column) {
        return column > 0 && givenColumns.containsKey(column);
    }

    /**
     * The option for one step of the walk backward: {@code shown} have their gradient revealed,
     * {@code current} is the one just reached, {@code highlighted} the path the first part asks about.
     */
    static ObjectNode option(WorkedSolution solution, Layout layout, Set<String> shown, String current, Set<String> highlighted) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "graph").put("layout", "none").put("symbol", "roundRect")
                .putPOJO("symbolSize", List.of(NODE_WIDTH, NODE_HEIGHT));
        // The series' box is the drawing less half a box on each side: one data unit is one pixel.
        series.put("left", NODE_WIDTH / 2 + MARGIN).put("right", NODE_WIDTH / 2 + MARGIN)
                .put("top", NODE_HEIGHT / 2 + MARGIN).put("bottom", NODE_HEIGHT / 2 + MARGIN);
        series.putPOJO("edgeSymbol", List.of("none", "arrow")).put("edgeSymbolSize", 9);
        series.putObject("label").put("show", true).put("fontSize", 12).put("lineHeight", 16).put("color", TEXT);
        // Centred on its arrow, on a box of its own. (ECharts' own "middle" sets the number above the
        // arrow, and with a background box it draws the text half outside the box.)
        series.putObject("edgeLabel").put("show", true).put("position", "middle").put("verticalAlign", "middle")
                .put("fontSize", EDGE_FONT_SIZE).put("lineHeight", EDGE_FONT_SIZE + 2)
                .put("color", TEXT).put("backgroundColor", LABEL_BACKGROUND).put("borderRadius", 3)
                .putPOJO("padding", List.of(1, 4));
        var data = series.putArray("data");
        for (var n : solution.nodes()) {
            double[] at = layout.centres().get(n.name());
            String grad = shown.contains(n.name()) ? "∂ " + WorkedSolution.number(n.gradient()) : "∂ ?";
            ObjectNode node = data.addObject().put("name", n.name()).put("x", at[0]).put("y", at[1]);
            String fill = n.name().equals(current) ? CURRENT_FILL : highlighted.contains(n.name()) ? PATH_FILL : NODE_FILL;
            node.putObject("itemStyle").put("color", fill).put("borderColor", "#333333").put("borderWidth", 1);
            node.putObject("label").put("formatter", n.name() + " = " + WorkedSolution.number(n.value()) + "\n" + grad);
        }
        var links = series.putArray("links");
        for (var e : solution.edges()) {
            boolean onPath = highlighted.contains(e.from()) && highlighted.contains(e.to());
            ObjectNode link = links.addObject().put("source", e.from()).put("target", e.to());
            link.putObject("lineStyle").put("width", onPath ? 3 : 1.5).put("color", onPath ? PATH_EDGE : EDGE).put("opacity", 1);
            link.putObject("label").put("formatter", WorkedSolution.number(e.local()));
        }
        return option;
    }
}
