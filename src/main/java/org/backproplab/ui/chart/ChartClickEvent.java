package org.backproplab.ui.chart;

import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a chart: on an item (series and data index, its value as JSON), or on empty plot area
 * (series index −1, the value is the clicked point's [x, y] in data coordinates).
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final int seriesIndex;
    private final int dataIndex;
    private final String name;
    private final String valueJson;

    public ChartClickEvent(EChart source, boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.value") String valueJson) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.name = name;
        this.valueJson = valueJson;
    }

    public int seriesIndex() {
        return seriesIndex;
    }

    public int dataIndex() {
        return dataIndex;
    }

    public String name() {
        return name;
    }

    public String valueJson() {
        return valueJson;
    }

    /** The x coordinate of the click or of the clicked item, when its value is an [x, y] pair. */
    public OptionalDouble x() {
        try {
            JsonNode value = JSON.readTree(valueJson);
            return value != null && value.isArray() && value.size() >= 1 && value.get(0).isNumber()
                    ? OptionalDouble.of(value.get(0).asDouble()) : OptionalDouble.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return OptionalDouble.empty(); // the browser sent something else: ignore the click
        }
    }
}
