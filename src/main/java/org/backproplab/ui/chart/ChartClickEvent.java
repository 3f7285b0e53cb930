package org.backproplab.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a chart element: which series and data item, with the item's value as JSON. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {
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
}
