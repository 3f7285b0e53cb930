package org.backproplab.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.domain.HeatMap;
import org.backproplab.dashboard.domain.MistakeOccurrence;
import org.backproplab.dashboard.domain.Suggestion;
import org.backproplab.dashboard.domain.TrendPoint;
import org.backproplab.dashboard.service.DashboardService;
import org.backproplab.ui.chart.ChartOptions;
import org.backproplab.ui.chart.EChart;

/**
 * Which mistake the class keeps making, and where: mistakes × topics (or × exercises), each cell the
 * number of times the engine named it. A cell opens the attempts behind it, what to teach again
 * and which exercises practise it, and whether the mistake is getting rarer week by week.
 */
@Route("dashboard/:classId/mistakes")
@PageTitle("Mistakes — Backprop Lab")
@RolesAllowed("TEACHER")
public class MistakeHeatMapView extends DashboardPage {
    private final Grid<String> grid = new Grid<>();
    private final RadioButtonGroup<String> by = new RadioButtonGroup<>("Columns");
    private final Div detail = new Div();
    private Map<String, String> titles;

    MistakeHeatMapView(DashboardService dashboard, SignedInTeacher teacher) {
        super(dashboard, teacher);
    }

    static String path(UUID classId) {
        return "dashboard/" + classId + "/mistakes";
    }

    @Override
    String title() {
        return "Mistakes";
    }

    @Override
    void draw(BeforeEnterEvent event) {
        titles = dashboard.exerciseTitles();
        by.setItems("Topics", "Exercises");
        by.setValue("Topics");
        by.addValueChangeListener(e -> refresh());
        grid.setId("heat-map");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // mistake titles in full
        grid.setAriaLabel("Mistakes named by the engine, counted over the class");
        grid.setAllRowsVisible(true);
        detail.setId("mistake-detail");
        detail.setWidthFull();
        add(new Paragraph("Each number counts the answers in which the engine recognised the mistake. "
                + "Choose a number to see the attempts behind it and what to do."), by, grid, detail);
        refresh();
    }

    private boolean byTopic() {
        return "Topics".equals(by.getValue());
    }

    private void refresh() {
        boolean byTopic = byTopic();
        HeatMap map = dashboard.heatMap(teacherId, classId, byTopic);
        grid.removeAllColumns();
        grid.addColumn(code -> code + " " + DashboardService.mistakeTitle(code)).setHeader("Mistake").setFrozen(true).setWidth("14rem")
                .setFlexGrow(0);
        int max = map.max();
        for (String column : map.columns()) {
            String header = byTopic ? dashboard.topics().title(column) : titles.getOrDefault(column, column);
            if (!byTopic && map.codes().stream().allMatch(c -> map.count(c, column) == 0)) {
                continue;  // an exercise nobody slipped on says nothing here
            }
            grid.addColumn(LitRenderer.<String>of("<button type=\"button\" class=\"heat-cell\" style=\"${item.style};border:none;"
                                    + "min-width:3rem;font:inherit;cursor:pointer\" aria-label=\"${item.label}\" @click=\"${open}\">${item.n}</button>")
                            .withProperty("n", code -> map.count(code, column))
                            .withProperty("style", code -> MarkColours.style(MarkColours.count(map.count(code, column), max)))
                            .withProperty("label", code -> map.count(code, column) + " times " + code + " in " + header)
                            .withFunction("open", code -> open(code, column, header)))
                    .setHeader(Headings.wrapping(header)).setKey(column).setTextAlign(ColumnTextAlign.CENTER).setWidth("9rem").setFlexGrow(0);
        }
        grid.addColumn(map::rowTotal).setHeader("Total").setTextAlign(ColumnTextAlign.CENTER).setWidth("5rem").setFlexGrow(0);
        grid.setItems(map.codes());
        detail.removeAll();
    }

    /** The attempts behind a cell, what to do, and the mistake's trend. */
    void open(String code, String column, String header) {
        detail.removeAll();
        List<MistakeOccurrence> occurrences = dashboard.occurrences(teacherId, classId, code, column, byTopic());
        Suggestion suggestion = dashboard.suggestion(code);
        detail.add(new H2(code + " " + suggestion.mistakeTitle() + " — " + header));
        var what = new Paragraph("Suggested: " + suggestion.sentence() + " ");
        what.setId("suggestion");
        what.add(new Anchor("learn", "Open the lesson"));
        suggestion.exercises().forEach(e -> {
            what.add(" · ");
            what.add(new Anchor("practice/exercise/" + e.id(), e.title()));
        });
        detail.add(what, new Paragraph(suggestion.advice()));
        if (occurrences.isEmpty()) {
            detail.add(new Paragraph("No attempt of the class shows this mistake here."));
        } else {
            var list = new Grid<MistakeOccurrence>();
            list.setId("occurrences");
            list.setAriaLabel("Attempts with " + code + " in " + header);
            list.addColumn(LitRenderer.<MistakeOccurrence>of("<a href=\"${item.href}\">${item.name}</a>")
                    .withProperty("href", o -> StudentView.path(classId, o.student().accountId()))
                    .withProperty("name", o -> o.student().displayName())).setHeader("Student").setAutoWidth(true);
            list.addColumn(o -> titles.getOrDefault(o.exerciseId(), o.exerciseId())).setHeader("Exercise").setAutoWidth(true);
            list.addColumn(MistakeOccurrence::partId).setHeader("Part").setAutoWidth(true);
            list.addColumn(o -> StudentView.TIME.format(o.createdAt())).setHeader("Time (UTC)").setAutoWidth(true);
            list.setItems(occurrences);
            list.setAllRowsVisible(occurrences.size() <= 10);
            detail.add(list);
        }
        detail.add(trend(code));
        // The details open below the map, often below the fold: bring them into view.
        detail.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'start'}))");
    }

    private Div trend(String code) {
        List<TrendPoint> points = dashboard.trend(teacherId, classId, code);
        var box = new Div();
        if (points.isEmpty()) {
            return box;
        }
        var option = ChartOptions.xy(code + " week by week", "week", "attempts with " + code + " (%)");
        option.withObject("xAxis").put("type", "category").putPOJO("data", points.stream().map(p -> p.weekStart().toString()).toList());
        var series = option.withArray("series").addObject().put("type", "line").put("name", "share of attempts (%)");
        var data = series.putArray("data");
        points.forEach(p -> data.add(Math.round(p.rate() * 1000) / 10.0));
        var chart = new EChart();
        chart.setId("trend-chart");
        chart.setWidthFull();
        chart.setHeight("14rem");
        chart.setOption(option);
        chart.getElement().setAttribute("aria-label", "Chart: share of the class's attempts with " + code + ", week by week");
        var table = new StringBuilder("<table><thead><tr><th scope=\"col\">Week from</th><th scope=\"col\">Attempts</th>"
                + "<th scope=\"col\">With " + code + "</th></tr></thead><tbody>");
        points.forEach(p -> table.append("<tr><td>").append(p.weekStart()).append("</td><td>").append(p.attempts()).append("</td><td>")
                .append(p.withMistake()).append("</td></tr>"));
        var details = new Details("The trend as a table",
                new Html(table.append("</tbody></table>").toString()));
        box.add(chart, details);
        return box;
    }
}
