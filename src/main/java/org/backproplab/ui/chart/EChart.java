package org.backproplab.ui.chart;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart. Options are built on the server as Jackson trees (see {@link ChartOptions});
 * {@link #appendData} sends only new points, so a live chart costs little per update. The chart
 * follows the app's light/dark theme, resizes with its container and describes itself to screen
 * readers (ECharts aria).
 */
@Tag("bpl-echart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/bpl-echart.ts")
public class EChart extends Component implements HasSize, HasStyle {
    private static final ObjectMapper JSON = new ObjectMapper();

    // Kept as JSON text, not as a Jackson tree: a tree of a few thousand points costs several times
    // more heap, and every learner's session holds one per chart.
    private String optionJson = "{}";

    public EChart() {
        addClassName("bpl-chart");
        // A stop for the keyboard: a screen reader reads the chart's description (ECharts aria)
        // there, and a chart too wide for a phone scrolls in its box by the arrow keys.
        getElement().setAttribute("tabindex", "0");
        // A re-attached element is a new element in the browser: give it the whole option again.
        addAttachListener(e -> send());
    }

    /** Replaces the chart's option. */
    public void setOption(ObjectNode option) {
        this.optionJson = write(option);
        if (isAttached()) {
            send();
        }
    }

    /** The option as the browser holds it: as last set, with the points appended since. */
    public ObjectNode getOption() {
        try {
            return (ObjectNode) JSON.readTree(optionJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The chart's own option is always valid JSON", e);
        }
    }

    /**
     * Appends points ({@code [x, y]} pairs or any ECharts data items) to one series, keeping at most
     * {@code maxPoints} of them in the browser (0 keeps all).
     */
    public void appendData(int seriesIndex, List<?> points, int maxPoints) {
        ObjectNode option = getOption();
        var series = option.withArray("series");
        if (seriesIndex < 0 || seriesIndex >= series.size()) {
            throw new IndexOutOfBoundsException("No series " + seriesIndex + " in this chart");
        }
        var data = ((ObjectNode) series.get(seriesIndex)).withArray("data");
        points.forEach(p -> data.add(JSON.valueToTree(p)));
        while (maxPoints > 0 && data.size() > maxPoints) {
            data.remove(0);
        }
        optionJson = write(option);
        if (isAttached()) {
            getElement().callJsFunction("appendData", seriesIndex, write(JSON.valueToTree(points)), maxPoints);
        }
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    private void send() {
        getElement().callJsFunction("setOption", optionJson, true);
    }

    private static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart option is always serialisable", e);
        }
    }
}
