package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.ui.GlossaryView;
import org.backproplab.lesson.ui.LearnView;
import org.junit.jupiter.api.Test;

/** The course path, a lesson page and the glossary, without a browser. */
class LessonKaribuTest extends KaribuTest {

    @Test
    void thePathListsTheLessonsInOrderWithTheirExercisesAndProgress() {
        UI.getCurrent().navigate(LearnView.class);
        var steps = _get(OrderedList.class, spec -> spec.withId("course-path")).getChildren().map(ListItem.class::cast).toList();
        assertThat(steps).hasSize(9);
        assertThat(steps.get(0).getElement().getTextRecursively()).contains("What is backpropagation?", "not read yet",
                "0 of 4 exercises tried", "Why gradients?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-progress")).getText()).contains("read 0 of 9 lessons");
    }

    @Test
    void aLessonShowsGoalsSummariesDialoguesAndExercisesAndCanBeMarkedRead() {
        UI.getCurrent().navigate("learn/what-is-backpropagation");
        assertThat(_get(H1.class).getText()).isEqualTo("What is backpropagation?");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("objectives")).getChildren().count())
                .isEqualTo(4);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> level = _get(RadioButtonGroup.class, spec -> spec.withId("summary-level"));
        var summary = _get(Div.class, spec -> spec.withId("summary-text"));
        assertThat(level.getValue()).isEqualTo("standard");
        assertThat(summary.getElement().getAttribute("data-level")).isEqualTo("standard");
        level.setValue("quick");
        assertThat(summary.getElement().getAttribute("data-level")).isEqualTo("quick");
        assertThat(summary.getChildren().findFirst().orElseThrow().getElement().getOuterHTML()).contains("nudging its weights");
        level.setValue("detailed");
        assertThat(summary.getChildren().findFirst().orElseThrow().getElement().getOuterHTML()).contains("Key points");
        assertThat(_find(com.vaadin.flow.component.Component.class).stream()
                .filter(c -> !c.getElement().isTextNode() && c.getElement().getTag().equals("bpl-dialogue")).count()).isEqualTo(3);
        var exercises = _get(Div.class, spec -> spec.withId("lesson-exercises"));
        assertThat(_find(exercises, RouterLink.class).stream().map(RouterLink::getText)).contains("Why gradients?", "Add, then multiply");

        _click(_get(Button.class, spec -> spec.withId("mark-read")));
        assertThat(_get(Button.class, spec -> spec.withId("mark-read")).getText()).isEqualTo("Mark as not read");
        UI.getCurrent().navigate(LearnView.class);
        assertThat(_get(ListItem.class, spec -> spec.withId("step-what-is-backpropagation")).getElement().getTextRecursively())
                .contains("read").doesNotContain("not read yet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-progress")).getText()).contains("read 1 of 9 lessons");
        assertThat(context.getBean(CurrentLearner.class).id()).isNotNull();
    }

    @Test
    void anUnknownLessonIsTheFriendlyNotFoundPage() {
        UI.getCurrent().navigate("learn/no-such-lesson");
        assertThat(_get(H1.class).getText()).isNotEqualTo("What is backpropagation?");
        assertThat(_find(Button.class, spec -> spec.withId("mark-read"))).isEmpty();
    }

    @Test
    void theGlossaryShowsEveryEntryWithExampleRelatedTermsAndWhereItIsUsed() {
        UI.getCurrent().navigate(GlossaryView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("glossary-count")).getText()).isEqualTo("52 of 52 terms");
        var search = _get(TextField.class, spec -> spec.withId("glossary-search"));
        search.setValue("dead relu");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Dead ReLU");
        var entry = _get(Div.class, spec -> spec.withId("dead-relu"));
        String text = entry.getElement().getTextRecursively();
        assertThat(_find(entry, Anchor.class).stream().map(Anchor::getText)).contains("ReLU", "Weight initialisation");
        assertThat(_find(entry, RouterLink.class).stream().map(RouterLink::getText))
                .contains("Vanishing and exploding gradients", "One ReLU neuron with two inputs");
        assertThat(text).contains("Related:", "Used in:");
        search.setValue("neuron"); // an alias finds its term
        assertThat(_find(H2.class).stream().map(H2::getText)).first().isEqualTo("Unit");
    }

    @Test
    void practiceAndExercisePagesLinkBackToTheLessonSection() {
        UI.getCurrent().navigate("practice");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("learn/chain-rule-on-graphs#chain-rule",
                "learn/vanishing-and-exploding-gradients#vanishing-gradients");
        UI.getCurrent().navigate("practice/exercise/fan-out");
        assertThat(_get(Anchor.class, spec -> spec.withId("lesson-link")).getHref()).isEqualTo("learn/fan-out#fan-out");
    }

    @Test
    void theLearnerRunsAGradientCheckAndBadInputGetsAClearMessage() {
        UI.getCurrent().navigate("learn/why-backprop-is-efficient");
        var w = _get(TextField.class, spec -> spec.withId("gc-w"));
        w.setValue("２");
        _click(_get(Button.class, spec -> spec.withId("gc-run")));
        assertThat(w.isInvalid()).isTrue();
        assertThat(w.getErrorMessage()).contains("between −20 and 20");
        w.setValue("1");
        _click(_get(Button.class, spec -> spec.withId("gc-run")));
        assertThat(w.isInvalid()).isFalse();
        var result = _get(Div.class, spec -> spec.withId("gc-result")).getElement().getTextRecursively();
        assertThat(result).contains("Exact (backprop): 2.718281828", "Verdict: agree");
    }
}
