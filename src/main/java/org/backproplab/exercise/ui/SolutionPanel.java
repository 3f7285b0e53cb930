package org.backproplab.exercise.ui;

import java.util.HashSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.ui.chart.EChart;
import org.backproplab.ui.component.MathText;

/**
 * The worked solution: the graph of named values drawn with ECharts (value and gradient on every
 * node, the asked path highlighted), stepped backward from the output one node at a time; the same
 * numbers as a table; and the chain rule written out for each gradient part.
 */
class SolutionPanel extends Div {
    private final WorkedSolution solution;
    private final Set<String> highlighted = new HashSet<>();
    private final EChart chart = new EChart();
    private final SolutionGraph.Layout layout;
    private final Paragraph stepText = new Paragraph();
    private int revealed;

    SolutionPanel(Variant variant) {
        setId("solution");
        this.solution = new WorkedSolution(variant);
        variant.exercise().parts().stream().filter(p -> solution.pathNodes().containsKey(p.id())).findFirst()
                .ifPresent(p -> highlighted.addAll(solution.pathNodes().get(p.id())));
        revealed = 1; // the output's own gradient, 1
        add(new H2("Worked solution"));
        add(new Paragraph("Each box is a named value: what it is, and how much the output " + solution.output()
                + " changes per unit change of it. Step backward from the output to see the gradients arrive."));
        chart.setId("solution-graph");
        layout = SolutionGraph.layout(solution);
        // Drawn at its natural size, never squeezed: on a narrow screen it scrolls inside its own box.
        chart.setWidth(layout.width() + "px");
        chart.setHeight(layout.height() + "px");
        chart.getStyle().set("margin", "0 auto");
        var graphBox = new Div(chart);
        graphBox.setId("solution-graph-box");
        graphBox.setWidthFull();
        graphBox.getStyle().set("overflow-x", "auto");
        var back = new Button("Step back", e -> step(1));
        back.setId("step-back");
        var all = new Button("Show all", e -> step(solution.nodes().size()));
        all.setId("show-all");
        stepText.setId("solution-step");
        stepText.getElement().setAttribute("aria-live", "polite");
        add(graphBox, new HorizontalLayout(back, all), stepText);

        var table = new Grid<WorkedSolution.Node>();
        table.setId("solution-table");
        table.addColumn(WorkedSolution.Node::name).setHeader("Name");
        table.addColumn(n -> WorkedSolution.number(n.value())).setHeader("Value");
        table.addColumn(n -> WorkedSolution.number(n.gradient())).setHeader("∂" + solution.output() + "/∂name");
        table.setItems(solution.backwardOrder());
        table.setAllRowsVisible(true);
        add(new H3("The same numbers as a table"), table);

        if (!solution.chains().isEmpty()) {
            add(new H3("The chain rule, written out"));
            solution.chains().forEach((part, tex) -> {
                var row = new Div(new Span(variant.exercise().part(part).prompt() + ":"), new MathText(tex, true));
                row.addClassName("bpl-chain");
                add(row);
            });
        }
        render();
    }

    private void step(int count) {
        revealed = Math.min(solution.nodes().size(), revealed + count);
        render();
    }

    private void render() {
        var order = solution.backwardOrder();
        Set<String> shown = new HashSet<>();
        order.subList(0, revealed).forEach(n -> shown.add(n.name()));
        String current = order.get(revealed - 1).name();
        stepText.setText(revealed == order.size() ? "Every gradient is shown."
                : "Step " + revealed + " of " + order.size() + ": ∂" + solution.output() + "/∂" + current + " = "
                        + WorkedSolution.number(order.get(revealed - 1).gradient()));

        chart.setOption(SolutionGraph.option(solution, layout, shown, current, highlighted));
    }
}
