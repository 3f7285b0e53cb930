package org.backproplab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A chart's text alternative: its line series as a table, one row per x value, for a learner who
 * cannot see the chart. Built from the chart's option each time it is opened, so a live chart
 * (training in the playground) shows the points it holds at that moment; a long series is thinned
 * to at most {@link #MAX_ROWS} evenly spread rows, always with the last.
 */
public class ChartTable extends Details {
    static final int MAX_ROWS = 50;
    private final EChart chart;

    public ChartTable(EChart chart, String summary) {
        super(summary);
        this.chart = chart;
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    /** Rebuilds the table from what the chart shows now. */
    public void refresh() {
        removeAll();
        var option = chart.getOption();
        List<JsonNode> lines = new ArrayList<>();
        option.withArray("series").forEach(s -> {
            if ("line".equals(s.path("type").asText())) {
                lines.add(s);
            }
        });
        Map<Double, Double[]> rows = new TreeMap<>();
        for (int k = 0; k < lines.size(); k++) {
            for (JsonNode point : lines.get(k).path("data")) {
                if (point.isArray() && point.size() >= 2 && point.get(0).isNumber() && point.get(1).isNumber()) {
                    rows.computeIfAbsent(point.get(0).asDouble(), x -> new Double[lines.size()])[k] = point.get(1).asDouble();
                }
            }
        }
        if (rows.isEmpty()) {
            add(new Paragraph("The chart has no points yet."));
            return;
        }
        var html = new StringBuilder("<table><thead><tr><th scope=\"col\">")
                .append(escape(option.path("xAxis").path("name").asText("x"))).append("</th>");
        lines.forEach(s -> html.append("<th scope=\"col\">").append(escape(s.path("name").asText())).append("</th>"));
        html.append("</tr></thead><tbody>");
        var xs = new ArrayList<>(rows.keySet());
        for (int i : spread(xs.size())) {
            html.append("<tr><td>").append(number(xs.get(i))).append("</td>");
            for (Double y : rows.get(xs.get(i))) {
                html.append("<td>").append(y == null ? "—" : number(y)).append("</td>");
            }
            html.append("</tr>");
        }
        add(new Html(html.append("</tbody></table>").toString()));
    }

    /** At most MAX_ROWS indexes out of {@code n}, evenly spread, first and last included. */
    static List<Integer> spread(int n) {
        List<Integer> picked = new ArrayList<>();
        if (n <= MAX_ROWS) {
            for (int i = 0; i < n; i++) {
                picked.add(i);
            }
            return picked;
        }
        for (int k = 0; k < MAX_ROWS; k++) {
            picked.add((int) Math.round(k * (n - 1) / (double) (MAX_ROWS - 1)));
        }
        return picked;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e9 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.4g", x);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
