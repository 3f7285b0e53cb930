package org.backproplab.flashcard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Rating;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.review.LearnerDay;
import org.backproplab.flashcard.review.Stats;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.ui.chart.ChartOptions;
import org.backproplab.ui.chart.EChart;

/**
 * Statistics like Anki's: reviews per day by answer and true retention per day over the last 30
 * days, cards by state, and the due forecast for the next 30 days, each chart with its table. Days
 * are the learner's: the browser's time zone, starting at 04:00.
 */
@AnonymousAllowed
@Route("flashcards/stats")
@PageTitle("Flashcard statistics — Backprop Lab")
public class StatsView extends VerticalLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final List<String> RATING_COLOURS = List.of("#D55E00", "#E69F00", "#009E73", "#0072B2");
    private final FlashcardService flashcards;
    private final CurrentLearner learner;
    private final VerticalLayout body = new VerticalLayout();

    public StatsView(FlashcardService flashcards, CurrentLearner learner) {
        this.flashcards = flashcards;
        this.learner = learner;
        addClassName("bpl-page");
        setPadding(false);
        body.setPadding(false);
        add(new H1("Flashcard statistics"), FlashcardsNav.create(),
                new Paragraph("Days start at 04:00 in your time zone, as in Anki."), body,
                new SettingsForm(flashcards, learner, () -> { }));
        draw(ClientDay.fallback());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ClientDay.ask(event.getUI(), this::draw);
    }

    private void draw(LearnerDay days) {
        Stats s = flashcards.stats(learner.id(), days);
        body.removeAll();
        List<String> pastLabels = s.days().stream().map(DAY::format).toList();

        ObjectNode reviews = categories("Reviews per day (last 30 days)", pastLabels, "reviews");
        for (Rating r : Rating.values()) {
            series(reviews, FlashcardsView.label(r), "bar", s.reviewsByDay().stream().map(m -> (Number) m.get(r)).toList())
                    .put("stack", "reviews").putObject("itemStyle").put("color", RATING_COLOURS.get(r.ordinal()));
        }
        section("reviews-chart", "Reviews", reviews, table(List.of("Day", "Again", "Hard", "Good", "Easy"), s.days().size(),
                i -> List.of(pastLabels.get(i), n(s.reviewsByDay().get(i).get(Rating.AGAIN)), n(s.reviewsByDay().get(i).get(Rating.HARD)),
                        n(s.reviewsByDay().get(i).get(Rating.GOOD)), n(s.reviewsByDay().get(i).get(Rating.EASY)))));

        ObjectNode retention = categories("True retention per day (reviews of mature cards)", pastLabels, "% remembered");
        retention.withObject("/yAxis").put("min", 0).put("max", 100);
        series(retention, "Retention", "line", s.retentionByDay().stream().<Number>map(v -> v == null ? null : Math.round(v * 1000) / 10.0)
                .toList()).put("connectNulls", false).put("showSymbol", true);
        section("retention-chart", "True retention", retention, table(List.of("Day", "Retention"), s.days().size(),
                i -> List.of(pastLabels.get(i), s.retentionByDay().get(i) == null ? "—"
                        : String.format(Locale.ROOT, "%.0f%%", 100 * s.retentionByDay().get(i)))));

        // A bar per state: the project's ECharts build registers bar, line, scatter, graph and heat map only.
        List<String> stateNames = List.of("New", "Learning", "Review", "Relearning", "Suspended");
        List<Integer> stateCounts = List.of(s.cardsByState().get(CardState.NEW), s.cardsByState().get(CardState.LEARNING),
                s.cardsByState().get(CardState.REVIEW), s.cardsByState().get(CardState.RELEARNING), s.suspended());
        ObjectNode states = categories("Cards by state", stateNames, "cards");
        states.remove("legend");
        ArrayNode bars = series(states, "Cards", "bar", List.of()).withArray("data");
        for (int i = 0; i < stateNames.size(); i++) {
            bars.addObject().put("value", stateCounts.get(i)).putObject("itemStyle").put("color", ChartOptions.PALETTE.get(i));
        }
        section("states-chart", "Cards by state", states, table(List.of("State", "Cards"), stateNames.size(),
                i -> List.of(stateNames.get(i), n(stateCounts.get(i)))));

        List<String> aheadLabels = s.forecastDays().stream().map(DAY::format).toList();
        ObjectNode forecast = categories("Due in the next 30 days", aheadLabels, "cards due");
        series(forecast, "Due", "bar", s.forecast().stream().map(v -> (Number) v).toList()).putObject("itemStyle")
                .put("color", ChartOptions.PALETTE.get(0));
        section("forecast-chart", "Due forecast", forecast, table(List.of("Day", "Cards due"), aheadLabels.size(),
                i -> List.of(aheadLabels.get(i), n(s.forecast().get(i)))));
    }

    private void section(String id, String heading, ObjectNode option, String tableHtml) {
        option.putObject("aria").put("enabled", true);
        var chart = new EChart();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight("280px");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", heading + " chart; the same numbers are in the table below it");
        chart.setOption(option);
        var details = new Details(heading + " as a table", new Html("<div style=\"overflow-x:auto\">" + tableHtml + "</div>"));
        details.setId(id + "-table");
        body.add(new H2(heading), chart, details);
    }

    private static ObjectNode categories(String title, List<String> labels, String yName) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 48).put("right", 16).put("top", 40).put("bottom", 64);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        labels.forEach(x.putArray("data")::add);
        option.putObject("yAxis").put("type", "value").put("name", yName).put("minInterval", 1);
        option.putArray("series");
        return option;
    }

    private static ObjectNode series(ObjectNode option, String name, String type, List<Number> values) {
        ObjectNode series = option.withArray("series").addObject().put("type", type).put("name", name);
        ArrayNode data = series.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v.doubleValue());
            }
        });
        return series;
    }

    private static String table(List<String> headers, int rows, java.util.function.IntFunction<List<String>> row) {
        var html = new StringBuilder("<table><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(h).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < rows; i++) {
            html.append("<tr>");
            row.apply(i).forEach(c -> html.append("<td>").append(c).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String n(Integer v) {
        return String.valueOf(v);
    }
}
