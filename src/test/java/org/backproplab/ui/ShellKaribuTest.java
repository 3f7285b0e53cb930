package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.backproplab.learner.CurrentLearner;
import org.backproplab.learner.LearnerService;
import org.backproplab.lesson.ui.GlossaryView;
import org.backproplab.ui.chart.EChart;
import org.junit.jupiter.api.Test;

class ShellKaribuTest extends KaribuTest {

    @Test
    void homeTellsANewLearnerWhereToStart() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Learn how neural networks learn");
        var labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly("Start here", "Learn", "Practice", "Playground", "Flashcards", "Glossary");
    }

    @Test
    void homeChartCarriesSigmoidAndSlopeFromTheServer() {
        UI.getCurrent().navigate("");
        var option = _get(EChart.class, spec -> spec.withId("sigmoid-chart")).getOption();
        var series = option.get("series");
        assertThat(series.size()).isEqualTo(3);
        assertThat(series.get(0).get("data").size()).isEqualTo(121);
        // σ(0) = 0.5 and σ'(0) = 0.25, at the middle of the sampled range.
        assertThat(series.get(0).get("data").get(60).get(1).asDouble()).isEqualTo(0.5);
        assertThat(series.get(1).get("data").get(60).get(1).asDouble()).isEqualTo(0.25);
    }

    @Test
    void aSessionKeepsOneLearner() {
        var current = context.getBean(CurrentLearner.class);
        UUID first = current.id();
        assertThat(current.id()).isEqualTo(first);
        assertThat(current.stored()).as("the row gets the id the pages already read with").isEqualTo(first);
        assertThat(current.id()).isEqualTo(first);
    }

    @Test
    void drawingPagesCreatesNoLearnerTheFirstStoredActionDoes() {
        var learners = context.getBean(LearnerService.class);
        long before = learners.count();
        for (String page : List.of("", "practice", "practice/exercise/sigmoid-neuron", "practice/quiz/first-steps", "glossary")) {
            UI.getCurrent().navigate(page);
        }
        assertThat(learners.count()).isEqualTo(before);

        UI.getCurrent().navigate("practice/exercise/sigmoid-neuron");
        _click(_get(Button.class, spec -> spec.withId("hint")));
        assertThat(learners.count()).isEqualTo(before + 1);
        _click(_get(Button.class, spec -> spec.withId("hint")));
        assertThat(learners.count()).isEqualTo(before + 1);
    }

    @Test
    void glossaryFiltersAsYouType() {
        UI.getCurrent().navigate(GlossaryView.class);
        var search = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("glossary-search"));
        search.setValue("chain rule");
        var headings = _find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()).toList();
        assertThat(headings).contains("Chain rule").doesNotContain("Bias");
        search.setValue("zzzz");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.startsWith("No term matches"));
    }
}
