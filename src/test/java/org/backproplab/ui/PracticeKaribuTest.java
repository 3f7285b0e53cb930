package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.learner.CurrentLearner;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Practice pages without a browser; the app also loads an external folder that holds broken files. */
@TestPropertySource(properties = "backproplab.exercises-dir=src/test/resources/broken-exercises")
class PracticeKaribuTest extends KaribuTest {

    @Test
    void brokenExternalFilesAreLeftOutAndTheAppStillServesTheRest() {
        var library = context.getBean(ExerciseLibrary.class);
        assertThat(library.exercises()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(library.exercise("sum-times-z")).isPresent();
        assertThat(library.exercise("graph-syntax")).isEmpty();
        assertThat(library.quiz("first-steps")).isPresent();
    }

    @Test
    void thePracticePageListsExercisesAndWhatToDoNext() {
        UI.getCurrent().navigate("practice");
        var links = _find(RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(links).contains("Add, then multiply", "A 2-2-2 network, both layers", "First steps");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("next-up")).getElement().getTextRecursively())
                .startsWith("Next up");
    }

    @Test
    void aHintCostsMarksAndShowsOneAtATime() {
        UI.getCurrent().navigate("practice/exercise/sigmoid-neuron");
        var hint = _get(Button.class, spec -> spec.withId("hint"));
        assertThat(hint.getText()).isEqualTo("Show a hint (−20 % of the marks)");
        _click(hint);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("hints")).getElement().getTextRecursively())
                .contains("the ½ cancels the 2");
        _get(TextField.class, spec -> spec.withId("answer-0")).setValue("abc");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("answer-0")).isInvalid()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("summary")).getText()).contains("nothing was counted");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("difficulty 2 of 5");
    }

    @Test
    void numbersReplacedInAnotherTabAreNotGradedAndTheCurrentOnesAreShown() {
        UI.getCurrent().navigate("practice/exercise/sum-times-z");
        var learner = context.getBean(CurrentLearner.class);
        var practice = context.getBean(PracticeService.class);
        var secondTab = practice.anotherLikeThis(learner.stored(), "sum-times-z");

        for (String field : List.of("answer-0", "answer-1", "answer-2")) {
            _get(TextField.class, spec -> spec.withId(field)).setValue("1");
        }
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("summary")).getText())
                .contains("replaced in another tab, so nothing was counted");
        assertThat(practice.history(learner.id(), "sum-times-z")).isEmpty();
        var shown = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("values")).getElement().getTextRecursively();
        secondTab.variant().params().forEach((name, value) -> assertThat(shown).contains(name + " = " + WorkedSolution.number(value)));
    }

    @Test
    void aVerdictGoesAsSoonAsTheAnswerBesideItChanges() {
        UI.getCurrent().navigate("practice/exercise/sum-times-z");
        for (String field : List.of("answer-0", "answer-1", "answer-2")) {
            _get(TextField.class, spec -> spec.withId(field)).setValue("1");
        }
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(_get(Span.class, spec -> spec.withId("feedback-0")).getText()).isNotEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("feedback-1")).getText()).isNotEmpty();

        _get(TextField.class, spec -> spec.withId("answer-0")).setValue("2");

        assertThat(_get(Span.class, spec -> spec.withId("feedback-0")).getText()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("feedback-1")).getText()).isNotEmpty();
    }
}
