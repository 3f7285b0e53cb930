package org.backproplab.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.backproplab.dashboard.ClassFixture;
import org.backproplab.flashcard.fsrs.Rating;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.review.LearnerDay;
import org.backproplab.security.SignIn;
import org.backproplab.ui.KaribuTest;
import org.backproplab.ui.NotFoundView;
import org.backproplab.ui.chart.EChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every dashboard page drawn without a browser, for teacher Tina of the fixture's "Year 12". */
class DashboardKaribuTest extends KaribuTest {
    ClassFixture school;

    @BeforeEach
    void signInAsTina() {
        school = new ClassFixture(context.getBean(JdbcClient.class));
        signIn("tina");
    }

    private void signIn(String name) {
        SignIn.as(context.getBean(UserDetailsService.class), school.username(name));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theClassesPageListsOnlyTheTeachersClasses() {
        UI.getCurrent().navigate("dashboard");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Year 12").doesNotContain("Other class");
    }

    @Test
    void theOverviewShowsEachStudentsBestMarkAndFilters() {
        UI.getCurrent().navigate(ClassOverviewView.path(school.year12));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("matrix"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormatted(grid, 0, "student")).contains("Ada Lovelace");
        assertThat(_getFormatted(grid, 1, "sum-times-z")).contains("100%");
        assertThat(_getFormatted(grid, 0, "fan-out")).contains("–");
        assertThat(grid.getColumnByKey("sum-times-z").getTooltipGenerator()).isNotNull();

        _get(TextField.class, spec -> spec.withLabel("Student")).setValue("bob");
        assertThat(_size(grid)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> by = _get(RadioButtonGroup.class, spec -> spec.withLabel("Columns"));
        by.setValue("Topics");
        assertThat(grid.getColumnByKey("chain-rule")).isNotNull();
        assertThat(grid.getColumnByKey("sum-times-z")).isNull();
        assertThat(_getFormatted(grid, 0, "chain-rule")).matches("(?s).*\\d+%.*");
        assertThat(_get(Anchor.class, spec -> spec.withId("gradebook-csv")).getHref()).isNotBlank();
    }

    @Test
    void aForgedOrForeignClassIdIsRefusedPlainly() {
        UI.getCurrent().navigate(ClassOverviewView.path(school.otherClass));
        assertThat(shown()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Grid.class)).isEmpty();
        UI.getCurrent().navigate("dashboard/not-a-uuid/mistakes");
        assertThat(shown()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aStudentIsNotShownTheDashboard() {
        signIn("ada");
        try {
            UI.getCurrent().navigate(ClassOverviewView.path(school.year12));
            assertThat(shown()).isNotInstanceOf(ClassOverviewView.class);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException refused) {
            // Vaadin's access control refused the route before the view was made: what a student must get.
        }
        assertThat(_find(Grid.class)).isEmpty();
    }

    private static Object shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void theStudentPageShowsEveryAttemptWithItsPartsAndAChart() {
        UI.getCurrent().navigate(StudentView.path(school.year12, school.bob));
        @SuppressWarnings("unchecked")
        Grid<Object> attempts = _get(Grid.class, spec -> spec.withId("attempts"));
        assertThat(_size(attempts)).isEqualTo(2);
        assertThat(_find(EChart.class)).hasSize(1);
        var text = StudentView.details(((org.backproplab.dashboard.domain.AttemptRecord) attempts.getListDataView().getItem(1)))
                .getElement().getTextRecursively();
        assertThat(text).contains("x = 2").contains("answered “-4”").contains("M01");
        assertThat(_getFormatted(attempts, 0, "in")).as("the fixture's attempts are practice").isEqualTo("practice");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .contains("2 attempts on 1 exercise.");

        // A check made in a quiz is listed with its quiz.
        var quizzes = context.getBean(org.backproplab.exercise.quiz.QuizService.class);
        UUID bob = school.learnerOf(school.bob);
        var run = quizzes.open(bob, "first-steps").orElseThrow();
        var parts = run.step("sum-times-z").workspace().exercise().parts();
        var answers = new java.util.HashMap<String, String>();
        parts.forEach(p -> answers.put(p.id(), "0"));
        quizzes.submit(bob, run, "sum-times-z", answers);
        UI.getCurrent().navigate(StudentView.path(school.year12, school.bob));
        @SuppressWarnings("unchecked")
        Grid<Object> after = _get(Grid.class, spec -> spec.withId("attempts"));
        assertThat(_getFormatted(after, 0, "in")).isEqualTo("quiz First steps");

        // Eve is in another class: not through this one.
        UI.getCurrent().navigate(StudentView.path(school.year12, school.eve));
        assertThat(shown()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theStudentPageShowsTheirFlashcardWork() {
        UI.getCurrent().navigate(StudentView.path(school.year12, school.bob));
        assertThat(flashcardText()).contains("No flashcard reviews yet.");

        var flashcards = context.getBean(FlashcardService.class);
        UUID bob = school.learnerOf(school.bob);
        flashcards.addFromMistakes(bob, List.of("M01"), null);
        String first = flashcards.next(bob, new LearnerDay(ZoneOffset.UTC)).orElseThrow().card().id();
        flashcards.answer(bob, first, Rating.GOOD);
        UI.getCurrent().navigate(StudentView.path(school.year12, school.bob));
        assertThat(flashcardText()).contains("1 review in the last 30 days; last review ")
                .contains("No reviews of learned cards in the last 30 days").contains("1 card in learning, 0 in long-term review, 0 due now.")
                .contains("Mistake cards in their deck: M01 ");
    }

    private static String flashcardText() {
        return _get(Div.class, spec -> spec.withId("flashcard-activity")).getElement().getTextRecursively();
    }

    @Test
    void theExerciseStatisticsAreListed() {
        UI.getCurrent().navigate(ExerciseStatisticsView.path(school.year12));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("item-statistics"));
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void theHeatMapCountsAndOpensTheAttemptsBehindACell() {
        UI.getCurrent().navigate(MistakeHeatMapView.path(school.year12));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("heat-map"));
        assertThat(_getFormatted(grid, 0, "chain-rule")).contains("1");
        // The cell's button calls open() from the browser (Karibu cannot click a LitRenderer's button).
        _get(MistakeHeatMapView.class).open("M01", "chain-rule", "The chain rule");
        assertThat(_get(Paragraph.class, spec -> spec.withId("suggestion")).getText()).contains("The chain rule");
        @SuppressWarnings("unchecked")
        Grid<Object> behind = _get(Grid.class, spec -> spec.withId("occurrences"));
        assertThat(_size(behind)).isEqualTo(1);
        assertThat(_find(EChart.class)).hasSize(1);
    }

    @Test
    void theAssignmentsPageCountsEachState() {
        UI.getCurrent().navigate(AssignmentsView.path(school.year12));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("assignment-summary"))).singleElement()
                .satisfies(p -> assertThat(p.getText()).startsWith("Week 1").contains("0 done"));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("assignment-progress")))).isEqualTo(2);
    }
}
