package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.learner.CurrentLearner;
import org.junit.jupiter.api.Test;

/** The quiz page: a test on its own numbers, resumed after a reload, ending with a summary that points to what to review. */
class QuizKaribuTest extends KaribuTest {
    private static final String QUIZ = "practice/quiz/first-steps";

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static boolean shown(String id) {
        return _find(Component.class, spec -> spec.withId(id)).stream().anyMatch(Component::isVisible);
    }

    private CurrentLearner learner() {
        return context.getBean(CurrentLearner.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> choice(int index) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("answer-" + index));
    }

    /** Answers the concept exercise (first of the quiz) right. */
    private void answerTheConceptRight() {
        var parts = context.getBean(ExerciseLibrary.class).exercise("why-gradients").orElseThrow().parts();
        for (int i = 0; i < parts.size(); i++) {
            choice(i).setValue(((ChoicePart) parts.get(i)).answer());
        }
        click("submit");
    }

    @Test
    void aQuizIsATestOnItsOwnNumbersWithoutSolutionsUntilTheEnd() {
        var practice = context.getBean(PracticeService.class);
        practice.revealSolution(learner().stored(), practice.open(learner().id(), "why-gradients").orElseThrow());

        UI.getCurrent().navigate(QUIZ);
        assertThat(shown("show-solution")).isFalse();
        assertThat(shown("another")).isFalse();
        assertThat(shown("history")).isFalse();
        assertThat(shown("solution")).as("the solution seen on Practice is not open here").isFalse();
        answerTheConceptRight();
        assertThat(text("summary")).isEqualTo("Mark: 1.00 of 1.00. Well done.");
        assertThat(shown("solution")).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("quiz-next")).isEnabled()).isTrue();
    }

    @Test
    void aReloadResumesAtTheExerciseWithTheAnswersChecked() {
        UI.getCurrent().navigate(QUIZ);
        answerTheConceptRight();
        click("quiz-next");
        assertThat(text("quiz-progress")).endsWith("exercise 2 of 4");
        _get(TextField.class, spec -> spec.withId("answer-0")).setValue("12345");
        for (String id : new String[] {"answer-1", "answer-2"}) {
            _get(TextField.class, spec -> spec.withId(id)).setValue("1");
        }
        click("submit");
        String verdict = _get(Span.class, spec -> spec.withId("feedback-0")).getText();

        UI.getCurrent().navigate("practice");
        UI.getCurrent().navigate(QUIZ);
        assertThat(text("quiz-progress")).endsWith("exercise 2 of 4");
        assertThat(_get(TextField.class, spec -> spec.withId("answer-0")).getValue()).isEqualTo("12345");
        assertThat(_get(Span.class, spec -> spec.withId("feedback-0")).getText()).isEqualTo(verdict).isNotEmpty();
        assertThat(text("summary")).startsWith("Mark: ");
        assertThat(_get(Button.class, spec -> spec.withId("quiz-next")).isEnabled()).isTrue();
    }

    @Test
    void theSummaryLinksEachTopicToReviewToTheLessonAndItsExercisesAndShowsTheSolutions() {
        UI.getCurrent().navigate(QUIZ);
        for (int i = 0; i < 4; i++) {
            click("quiz-skip");
        }
        assertThat(text("quiz-total")).isEqualTo("Total: 0.00 of 4.");
        var review = _get(Div.class, spec -> spec.withId("quiz-review"));
        var links = _find(review, RouterLink.class);
        assertThat(links).extracting(RouterLink::getHref).contains("practice/exercise/fan-out", "practice/exercise/why-gradients");
        // Each topic links to the lesson section that teaches it.
        assertThat(_find(review, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getHref())
                .contains("learn/fan-out#fan-out", "learn/what-is-backpropagation#why-gradients");
        assertThat(_find(review, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getText())
                .containsOnly("Read about it in the lesson");

        assertThat(shown("solution")).isFalse();
        click("quiz-solution-1");
        assertThat(shown("solution")).isTrue();

        UI.getCurrent().navigate("practice");
        UI.getCurrent().navigate(QUIZ);
        assertThat(text("quiz-total")).as("a finished quiz reloads as its summary").isEqualTo("Total: 0.00 of 4.");
        click("quiz-again");
        assertThat(text("quiz-progress")).endsWith("exercise 1 of 4");
    }
}
