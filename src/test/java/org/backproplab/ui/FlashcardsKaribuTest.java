package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.ui.StatsView;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.ui.chart.EChart;
import org.junit.jupiter.api.Test;

/** The flashcard pages without a browser: review with buttons, undo, the daily limit, browse, statistics. */
class FlashcardsKaribuTest extends KaribuTest {

    private static String counters() {
        return _get(Span.class, spec -> spec.withId("counters")).getText();
    }

    private static String front() {
        return _get(Div.class, spec -> spec.withId("card-front")).getElement().getTextRecursively();
    }

    @Test
    void frontFirstThenTheBackAndFourButtonsWithTheirIntervals() {
        UI.getCurrent().navigate("flashcards");
        assertThat(counters()).isEqualTo("New 20 · Learning 0 · Review 0");
        assertThat(front()).startsWith("Why not estimate each weight"); // the decks in file order: concepts first
        assertThat(_find(Div.class, spec -> spec.withId("card-back"))).isEmpty(); // hidden until revealed
        assertThat(_find(Button.class, spec -> spec.withId("rate-3"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("show-answer")));
        assertThat(_get(Div.class, spec -> spec.withId("card-back")).getElement().getTextRecursively()).contains("two passes");
        assertThat(List.of(1, 2, 3, 4).stream().map(i -> _get(Button.class, spec -> spec.withId("rate-" + i)).getText()))
                .startsWith("Again · 1 min", "Hard · 6 min", "Good · 10 min")
                .last().asString().matches("Easy · [789] d"); // 8 days, fuzzed within ts-fsrs's range
    }

    @Test
    void answeringMovesOnAndUndoTakesItBack() {
        UI.getCurrent().navigate("flashcards");
        String first = front();
        _click(_get(Button.class, spec -> spec.withId("show-answer")));
        _click(_get(Button.class, spec -> spec.withId("rate-3")));
        assertThat(counters()).isEqualTo("New 19 · Learning 1 · Review 0");
        assertThat(front()).isNotEqualTo(first);
        var learner = context.getBean(CurrentLearner.class).id();
        var service = context.getBean(FlashcardService.class);
        var info = service.info(learner, "concept-why-backprop").orElseThrow();
        assertThat(info.history()).hasSize(1);
        assertThat(info.memory().stability()).isEqualTo(2.3065);
        _click(_get(Button.class, spec -> spec.withId("undo")));
        assertThat(counters()).isEqualTo("New 20 · Learning 0 · Review 0");
        assertThat(front()).isEqualTo(first);
        assertThat(service.info(learner, "concept-why-backprop").orElseThrow().history()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("undo")).isEnabled()).isFalse();
    }

    @Test
    void theStartPageSaysHowManyCardsWaitToday() {
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("cards-due"))).isEmpty(); // nothing begun: nothing to say yet
        UI.getCurrent().navigate("flashcards");
        _click(_get(Button.class, spec -> spec.withId("show-answer")));
        _click(_get(Button.class, spec -> spec.withId("rate-1")));
        UI.getCurrent().navigate("");
        assertThat(summary()).isEqualTo("20 cards waiting: 0 to review, 1 in learning, 19 new.");
    }

    private static String summary() {
        return _get(Div.class, spec -> spec.withId("cards-due")).getElement().getTextRecursively()
                .replaceFirst("^Flashcards due today", "").replaceFirst("Review cards$", "");
    }

    @Test
    void theDailyLimitOfNewCardsIsASetting() {
        UI.getCurrent().navigate("flashcards/stats");
        _get(IntegerField.class, spec -> spec.withId("new-per-day")).setValue(2);
        _get(NumberField.class, spec -> spec.withId("desired-retention")).setValue(0.95);
        _click(_get(Button.class, spec -> spec.withId("save-settings")));
        UI.getCurrent().navigate("flashcards");
        assertThat(counters()).isEqualTo("New 2 · Learning 0 · Review 0");
        for (int i = 0; i < 2; i++) {
            _click(_get(Button.class, spec -> spec.withId("show-answer")));
            _click(_get(Button.class, spec -> spec.withId("rate-4")));
        }
        assertThat(counters()).isEqualTo("New 0 · Learning 0 · Review 0");
        assertThat(front()).startsWith("No more cards due today");
        UI.getCurrent().navigate("flashcards/stats");
        _get(NumberField.class, spec -> spec.withId("desired-retention")).setValue(0.5);
        _click(_get(Button.class, spec -> spec.withId("save-settings")));
        assertThat(context.getBean(FlashcardService.class).settings(context.getBean(CurrentLearner.class).id()).desiredRetention())
                .isEqualTo(0.95);
    }

    @Test
    @SuppressWarnings("unchecked")
    void browseSearchesSuspendsAndResets() {
        UI.getCurrent().navigate("flashcards/browse");
        Grid<FlashcardService.Listed> grid = _get(Grid.class, spec -> spec.withId("card-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(60);
        _get(TextField.class, spec -> spec.withId("card-search")).setValue("sigmoid");
        int found = GridKt._size(grid);
        assertThat(found).isBetween(2, 20);
        assertThat(GridKt._get(grid, 0).card().front() + GridKt._get(grid, 0).card().back()).containsIgnoringCase("sigmoid");
        String id = GridKt._get(grid, 0).card().id();
        _click(suspendButton(grid));
        assertThat(GridKt._get(grid, 0).suspended()).isTrue();
        assertThat(GridKt._get(grid, 0).card().id()).isEqualTo(id);
        assertThat(suspendButton(grid).getText()).isEqualTo("Unsuspend");
        _click(suspendButton(grid));
        assertThat(GridKt._get(grid, 0).suspended()).isFalse();
        _get(TextField.class, spec -> spec.withId("card-search")).setValue("<b>nothing like this</b>");
        assertThat(GridKt._size(grid)).isZero();
    }

    private static Button suspendButton(Grid<FlashcardService.Listed> grid) {
        var cell = (com.vaadin.flow.component.HasComponents) GridKt._getCellComponent(grid, 0, "actions");
        return (Button) ((com.vaadin.flow.component.Component) cell).getChildren().findFirst().orElseThrow();
    }

    @Test
    void statisticsCountTheAnswers() {
        UI.getCurrent().navigate("flashcards");
        _click(_get(Button.class, spec -> spec.withId("show-answer")));
        _click(_get(Button.class, spec -> spec.withId("rate-1")));
        UI.getCurrent().navigate(StatsView.class);
        var reviews = _get(EChart.class, spec -> spec.withId("reviews-chart")).getOption();
        var again = reviews.get("series").get(0);
        assertThat(again.get("name").asText()).isEqualTo("Again");
        assertThat(again.get("data").get(29).asDouble()).isEqualTo(1.0); // today is the last of the 30 days
        var states = _get(EChart.class, spec -> spec.withId("states-chart")).getOption();
        assertThat(states.get("xAxis").get("data").get(1).asText()).isEqualTo("Learning");
        assertThat(states.get("series").get(0).get("data").get(1).get("value").asInt()).isEqualTo(1);
        assertThat(_find(EChart.class)).hasSize(4);
    }
}
