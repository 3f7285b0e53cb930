package org.backproplab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Html;

import org.junit.jupiter.api.Test;

/** A chart's table alternative holds the chart's own numbers, thinned when there are many. */
class ChartTableTest {

    private static String tableOf(EChart chart) {
        var table = new ChartTable(chart, "The chart as a table");
        table.setOpened(true);
        table.refresh();
        return table.getContent().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml()).findFirst().orElse("");
    }

    @Test
    void eachXIsARowAndEachLineAColumn() {
        var option = ChartOptions.xy("Loss", "epoch", "");
        ChartOptions.line(option, "train", List.of(new double[] {0, 0.5}, new double[] {1, 0.25}));
        ChartOptions.line(option, "test <held out>", List.of(new double[] {1, 0.3}));
        var chart = new EChart();
        chart.setOption(option);
        String html = tableOf(chart);
        assertThat(html).contains("<th scope=\"col\">epoch</th><th scope=\"col\">train</th><th scope=\"col\">test &lt;held out&gt;</th>");
        assertThat(html).contains("<tr><td>0</td><td>0.5000</td><td>—</td></tr>");
        assertThat(html).contains("<tr><td>1</td><td>0.2500</td><td>0.3000</td></tr>");
    }

    @Test
    void appendedPointsAreInTheTableAndALongSeriesIsThinnedKeepingTheLast() {
        var option = ChartOptions.xy("Loss", "epoch", "");
        ChartOptions.line(option, "train", List.of());
        var chart = new EChart();
        chart.setOption(option);
        List<double[]> points = new ArrayList<>();
        for (int e = 0; e < 1000; e++) {
            points.add(new double[] {e, 1.0 / (e + 1)});
        }
        chart.appendData(0, points, 0);
        String html = tableOf(chart);
        assertThat(html.split("<tr>").length - 2).as("rows besides the header").isEqualTo(ChartTable.MAX_ROWS);
        assertThat(html).contains("<tr><td>0</td>").contains("<tr><td>999</td><td>0.001000</td></tr>");
    }

    @Test
    void aChartWithoutPointsSaysSo() {
        var option = ChartOptions.xy("Loss", "epoch", "");
        ChartOptions.line(option, "train", List.of());
        var chart = new EChart();
        chart.setOption(option);
        var table = new ChartTable(chart, "The chart as a table");
        table.refresh();
        assertThat(table.getContent().map(c -> c.getElement().getText())).containsExactly("The chart has no points yet.");
    }
}
