package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.learner.CurrentLearner;
import org.junit.jupiter.api.Test;

/** The exercise form on Practice: clean new numbers, scoring that explains itself, concept questions. */
class ExerciseFormKaribuTest extends KaribuTest {

    private Workspace workspace(String exerciseId) {
        return context.getBean(PracticeService.class).open(context.getBean(CurrentLearner.class).id(), exerciseId).orElseThrow();
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static boolean shown(String id) {
        return _find(Component.class, spec -> spec.withId(id)).stream().anyMatch(Component::isVisible);
    }

    /** Types the right answer into every numeric field. */
    private void answerRight(String exerciseId) {
        var w = workspace(exerciseId);
        for (int i = 0; i < w.exercise().parts().size(); i++) {
            String answer = String.valueOf(w.variant().answer(w.exercise().parts().get(i).id()));
            int index = i;
            _get(TextField.class, spec -> spec.withId("answer-" + index)).setValue(answer);
        }
    }

    @Test
    void newNumbersStartWithACleanForm() {
        UI.getCurrent().navigate("practice/exercise/sum-times-z");
        answerRight("sum-times-z");
        click("submit");
        assertThat(text("summary")).contains("Well done").contains("worked solution is below");
        assertThat(shown("solution")).isTrue();

        click("another");
        assertThat(text("summary")).isEmpty();
        assertThat(shown("solution")).isFalse();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("feedback-0")).get(0).getText()).isEmpty();

        click("show-solution");
        click("confirm-solution");
        assertThat(text("summary")).contains("no more marks");
        click("another");
        assertThat(text("summary")).as("the old numbers' message is gone").isEmpty();
        assertThat(shown("solution")).isFalse();
        assertThat(shown("show-solution")).isTrue();
    }

    @Test
    void theWorkedSolutionAsksOnceAndSaysThatItEndsTheMarks() {
        UI.getCurrent().navigate("practice/exercise/sum-times-z");
        click("show-solution");
        assertThat(text("solution-warning")).contains("these numbers earn no more marks after it")
                .contains("To earn marks again, ask for another like this.");
        assertThat(shown("solution")).isFalse();

        click("cancel-solution");
        assertThat(shown("solution-confirm")).isFalse();
        assertThat(workspace("sum-times-z").current().solutionSeen()).as("nothing happened").isFalse();

        click("show-solution");
        click("confirm-solution");
        assertThat(shown("solution")).isTrue();
        assertThat(shown("show-solution")).as("asked once: the solution is on the page now").isFalse();
        assertThat(workspace("sum-times-z").current().solutionSeen()).isTrue();
    }

    @Test
    void aHintAfterAFullMarkLeavesThatMarkStandingAndSaysWhatItCosts() {
        UI.getCurrent().navigate("practice/exercise/sigmoid-neuron");
        answerRight("sigmoid-neuron");
        click("submit");
        assertThat(text("summary")).startsWith("Mark: 1.00 of 1.00. Well done");

        click("hint");
        click("submit");
        assertThat(text("summary")).startsWith("Mark: 0.80 of 0.80 (the most after 1 hint). All right.")
                .contains("Your best mark on these numbers, 1.00, stands.")
                .contains("These are the answers you checked last time, so nothing new was recorded.")
                .doesNotContain("Well done");
        assertThat(text("best-mark")).isEqualTo("1 attempt; best mark 1.00.");
        assertThat(text("hint-cost"))
                .isEqualTo("If you take the next hint, answers you check after it earn at most 0.60; your best mark on these numbers, 1.00, stands.");

        UI.getCurrent().navigate("practice/exercise/relu-neuron");
        assertThat(_find(Paragraph.class, spec -> spec.withId("hint-cost"))).as("before any mark: the button says the cost").isEmpty();
    }

    @Test
    void aConceptQuestionIsAHeadingWithItsOptionsShuffledAndItsSolutionSaysWhy() {
        UI.getCurrent().navigate("practice/exercise/why-gradients");
        var w = workspace("why-gradients");
        var part = (ChoicePart) w.exercise().parts().get(0);
        var question = _get(H3.class, spec -> spec.withId("question-0"));
        assertThat(question.getText()).isEqualTo(part.prompt());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> group = _get(RadioButtonGroup.class, spec -> spec.withId("answer-0"));
        assertThat(group.getLabel()).as("no small grey label").isNull();
        assertThat(group.getAriaLabelledBy()).hasValue("question-0");
        assertThat(group.getListDataView().getItems().toList()).isEqualTo(part.optionsFor(w.variant().seed()));

        for (int i = 0; i < w.exercise().parts().size(); i++) {
            var choice = (ChoicePart) w.exercise().parts().get(i);
            int index = i;
            @SuppressWarnings("unchecked")
            RadioButtonGroup<String> g = _get(RadioButtonGroup.class, spec -> spec.withId("answer-" + index));
            g.setValue(choice.answer());
        }
        click("submit");
        String solution = _get(Div.class, spec -> spec.withId("solution")).getElement().getTextRecursively();
        assertThat(solution).contains("Not “The value the weight will have after training”: " + part.why("The value the weight will have after training").orElseThrow());
    }

    @Test
    void anotherLikeThisIsOfferedOnlyWhereSomethingVaries() {
        // Every bundled exercise varies now (two-two-two draws its weights); ExerciseFilesTest holds that one
        // with nothing drawn and no choice does not vary, which is what hides the button.
        for (String id : List.of("sum-times-z", "why-gradients", "two-two-two")) {
            UI.getCurrent().navigate("practice/exercise/" + id);
            assertThat(shown("another")).as(id).isTrue();
        }
    }
}
