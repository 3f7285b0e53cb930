package org.backproplab.ui.chart;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed builders for the ECharts options the app uses. Each returns a Jackson tree, so a caller can
 * still set any ECharts key the builder does not know.
 */
public final class ChartOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Colours that stay distinct for the common kinds of colour blindness (Okabe–Ito). */
    public static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    private ChartOptions() {
    }

    /**
     * An x–y chart with numeric axes, a legend and a tooltip; add series with {@link #line} and {@link #scatter}.
     * The y axis's name runs along the axis, at its middle: at its top (ECharts' default) it sits in
     * the title's row and runs into the title on a narrow chart.
     */
    public static ObjectNode xy(String title, String xName, String yName) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putPOJO("color", PALETTE);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", yName.isEmpty() ? 48 : 64).put("right", 24).put("top", 40).put("bottom", 56);
        option.putObject("xAxis").put("type", "value").put("name", xName).put("nameLocation", "middle").put("nameGap", 24);
        option.putObject("yAxis").put("type", "value").put("name", yName).put("nameLocation", "middle").put("nameGap", 40);
        option.putArray("series");
        return option;
    }

    public static ObjectNode line(ObjectNode option, String name, List<double[]> points) {
        ObjectNode series = option.withArray("series").addObject()
                .put("type", "line").put("name", name).put("showSymbol", false).put("smooth", false);
        series.set("data", points(points));
        return series;
    }

    public static ObjectNode scatter(ObjectNode option, String name, List<double[]> points) {
        ObjectNode series = option.withArray("series").addObject()
                .put("type", "scatter").put("name", name).put("symbolSize", 10);
        series.set("data", points(points));
        return series;
    }

    private static ArrayNode points(List<double[]> points) {
        ArrayNode data = JSON.createArrayNode();
        points.forEach(p -> data.addArray().add(p[0]).add(p[1]));
        return data;
    }
}
