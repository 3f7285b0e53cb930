package org.backproplab.exercise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.learner.LearnerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The practice rules against the real database (H2 in memory, migrated by Flyway). */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class PracticeServiceTest {
    // Three hints of the default cost (0.2 each); four numeric parts.
    private static final String NEURON = "sigmoid-neuron";

    @Autowired
    PracticeService practice;

    @Autowired
    LearnerService learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    UUID learner;

    @BeforeEach
    void aStoredLearner() {
        learner = learners.learnerForGuestToken("test-" + UUID.randomUUID()).id();
    }

    private Workspace open(String exerciseId) {
        return practice.open(learner, exerciseId).orElseThrow();
    }

    private static Map<String, String> rightAnswers(Workspace w) {
        Map<String, String> answers = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> answers.put(p.id(), String.valueOf(w.variant().answer(p.id()))));
        return answers;
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Map<String, Long> allRows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("learner", "exercise_progress", "attempt", "attempt_mistake")) {
            counts.put(table, rows(table));
        }
        return counts;
    }

    private List<Map<String, Object>> storedVariants() {
        return jdbc.sql("SELECT * FROM exercise_progress WHERE learner_id = ?").param(learner).query().listOfRows();
    }

    @Test
    void openingAnExerciseWritesNothing() {
        UUID newGuest = UUID.randomUUID(); // a guest with no row yet, as CurrentLearner.id() gives one
        var before = allRows();
        var first = practice.open(newGuest, NEURON).orElseThrow();
        var again = practice.open(newGuest, NEURON).orElseThrow();
        practice.history(newGuest, NEURON);
        practice.standings(newGuest);
        practice.next(newGuest);
        assertThat(allRows()).isEqualTo(before);
        assertThat(again.variant().params()).as("the same numbers on every visit").isEqualTo(first.variant().params());
        assertThat(practice.open(UUID.randomUUID(), NEURON).orElseThrow().variant().seed())
                .as("another learner gets other numbers").isNotEqualTo(first.variant().seed());

        // A stored variant is only read, too.
        practice.nextHint(learner, open(NEURON));
        var stored = storedVariants();
        open(NEURON);
        assertThat(storedVariants()).isEqualTo(stored);
    }

    @Test
    void theFirstAnswerGradesTheNumbersShownAndStoresThem() {
        var shown = open(NEURON);
        assertThat(storedVariants()).isEmpty();
        Grade grade = practice.submit(learner, shown, rightAnswers(shown)).grade();
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.mark()).isCloseTo(1.0, within(1e-9));
        assertThat(storedVariants()).singleElement()
                .satisfies(row -> assertThat(((Number) row.get("SEED")).longValue()).isEqualTo(shown.variant().seed()));
        assertThat(practice.history(learner, NEURON)).singleElement()
                .satisfies(a -> assertThat(a.seed()).isEqualTo(shown.variant().seed()));
    }

    @Test
    void nextHintShowsOneMoreAndLowersTheMaximumUntilTheyRunOut() {
        var w = open(NEURON);
        assertThat(w.exercise().hints()).hasSize(3);
        for (int i = 1; i <= 3; i++) {
            w = practice.nextHint(learner, w);
            assertThat(w.hintsShown()).hasSize(i);
            assertThat(w.maxMark()).isCloseTo(1 - 0.2 * i, within(1e-9));
        }
        assertThat(w.moreHints()).isFalse();
        w = practice.nextHint(learner, w);
        assertThat(w.current().hintsUsed()).isEqualTo(3);
        assertThat(open(NEURON).hintsShown()).as("hints are kept").hasSize(3);
        Grade grade = practice.submit(learner, w, rightAnswers(w)).grade();
        assertThat(grade.mark()).isCloseTo(0.4, within(1e-9));
        assertThat(grade.maxMark()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void revealingTheSolutionEndsTheMarksOfTheVariant() {
        var w = practice.revealSolution(learner, open(NEURON));
        assertThat(w.current().solutionSeen()).isTrue();
        assertThat(w.maxMark()).isZero();
        Grade grade = practice.submit(learner, w, rightAnswers(w)).grade();
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.mark()).isZero();
        assertThat(grade.maxMark()).isZero();
        assertThat(practice.history(learner, NEURON)).singleElement().satisfies(a -> {
            assertThat(a.mark()).isZero();
            assertThat(a.solutionSeen()).isTrue();
        });
        assertThat(practice.standings(learner)).filteredOn(s -> s.exercise().id().equals(NEURON)).singleElement()
                .satisfies(s -> assertThat(s.mastered()).isFalse());
    }

    @Test
    void anotherLikeThisGivesANewSeedAndClearsHintsAndSolution() {
        var w = practice.nextHint(learner, open(NEURON));
        w = practice.revealSolution(learner, w);
        long oldSeed = w.variant().seed();

        var fresh = practice.anotherLikeThis(learner, NEURON);
        // The seed always changes; with 150 possible value sets, the numbers may now and then repeat.
        assertThat(fresh.variant().seed()).isNotEqualTo(oldSeed);
        assertThat(fresh.hintsShown()).isEmpty();
        assertThat(fresh.current().solutionSeen()).isFalse();
        assertThat(fresh.maxMark()).isEqualTo(1.0);
        assertThat(open(NEURON).variant().seed()).as("the new variant is stored").isEqualTo(fresh.variant().seed());
    }

    @Test
    void aStaleSeedIsRefusedAndNothingIsSaved() {
        var firstTab = open(NEURON);
        var secondTab = practice.anotherLikeThis(learner, NEURON); // or the same exercise in a quiz
        var stored = storedVariants();
        var before = allRows();

        assertThatThrownBy(() -> practice.submit(learner, firstTab, rightAnswers(firstTab)))
                .isInstanceOfSatisfying(StaleVariantException.class,
                        e -> assertThat(e.current().variant().seed()).isEqualTo(secondTab.variant().seed()))
                .hasMessageContaining("nothing was counted");
        assertThatThrownBy(() -> practice.nextHint(learner, firstTab)).isInstanceOf(StaleVariantException.class);
        assertThatThrownBy(() -> practice.revealSolution(learner, firstTab)).isInstanceOf(StaleVariantException.class);

        assertThat(allRows()).isEqualTo(before);
        assertThat(storedVariants()).isEqualTo(stored);
        assertThat(practice.history(learner, NEURON)).isEmpty();
        assertThat(practice.submit(learner, secondTab, rightAnswers(secondTab)).grade().allCorrect()).isTrue();
    }

    @Test
    void concurrentFirstSubmissionsOfOneLearnerOnOneExerciseDoNotFail() throws Exception {
        var shown = open(NEURON);
        var start = new CyclicBarrier(2);
        Callable<Grade> submit = () -> {
            start.await(5, TimeUnit.SECONDS);
            return practice.submit(learner, shown, rightAnswers(shown)).grade();
        };
        var threads = Executors.newFixedThreadPool(2);
        try {
            for (var result : threads.invokeAll(List.of(submit, submit))) {
                assertThat(result.get().allCorrect()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(practice.history(learner, NEURON)).as("one after the other: the second is the same answers again").hasSize(1);
        assertThat(storedVariants()).hasSize(1);
    }

    @Test
    void storingNeedsTheLearnerStoredFirst() {
        UUID newGuest = UUID.randomUUID();
        var shown = practice.open(newGuest, NEURON).orElseThrow();
        assertThatThrownBy(() -> practice.submit(newGuest, shown, rightAnswers(shown)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No learner");
    }

    @Test
    void aStoredAttemptIsPublishedWithItsMarksAndMistakes() {
        var w = open("sum-times-z");
        var answers = rightAnswers(w);
        answers.put("df/dx", String.valueOf(-(Double) w.variant().answer("df/dx"))); // the sign flipped

        practice.submit(learner, w, Map.of("q", "not a number")); // not an attempt: nothing stored, nothing published
        assertThat(events.stream(AttemptRecorded.class)).isEmpty();
        Grade grade = practice.submit(learner, w, answers).grade();

        var stored = practice.history(learner, "sum-times-z").get(0);
        assertThat(events.stream(AttemptRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(stored.id());
            assertThat(e.learner()).isEqualTo(learner);
            assertThat(e.exerciseId()).isEqualTo("sum-times-z");
            assertThat(e.mark()).isCloseTo(2.0 / 3, within(1e-9)).isEqualTo(grade.mark());
            assertThat(e.maxMark()).isEqualTo(1.0);
            assertThat(e.mistakeCodes()).containsExactly("M02");
            assertThat(e.at()).isEqualTo(stored.createdAt());
        });
    }

    @Test
    void theBestMarkOfAVariantStandsWhenAHintOrTheSolutionComesAfterIt() {
        var w = open(NEURON);
        var full = practice.submit(learner, w, rightAnswers(w));
        assertThat(full.best()).isCloseTo(1.0, within(1e-9));

        w = practice.nextHint(learner, full.workspace());
        assertThat(w.current().bestMark()).as("a hint keeps it").isCloseTo(1.0, within(1e-9));
        assertThat(w.maxMarkAfterNextHint()).isCloseTo(0.6, within(1e-9));
        var afterHint = practice.submit(learner, w, rightAnswers(w));
        assertThat(afterHint.grade().mark()).as("what answers after a hint earn").isCloseTo(0.8, within(1e-9));
        assertThat(afterHint.best()).as("what the variant has earned").isCloseTo(1.0, within(1e-9));

        w = practice.revealSolution(learner, afterHint.workspace());
        assertThat(w.current().bestMark()).as("the solution keeps it too").isCloseTo(1.0, within(1e-9));
        assertThat(open(NEURON).current().bestMark()).as("stored").isCloseTo(1.0, within(1e-9));
        assertThat(practice.standings(learner)).filteredOn(s -> s.exercise().id().equals(NEURON)).singleElement()
                .satisfies(s -> assertThat(s.mastered()).isTrue());
        assertThat(practice.anotherLikeThis(learner, NEURON).current().bestMark()).as("new numbers start from nothing").isZero();
    }

    @Test
    void theSameAnswersCheckedAgainAddNoHistoryRow() {
        var w = open("sum-times-z");
        Map<String, String> answers = new LinkedHashMap<>(Map.of("q", "1", "df/dz", "2", "df/dx", "3"));

        var first = practice.submit(learner, w, answers);
        assertThat(first.repeated()).isFalse();
        var again = practice.submit(learner, first.workspace(), answers);
        assertThat(again.repeated()).isTrue();
        Map<String, String> spaced = new LinkedHashMap<>();
        answers.forEach((k, v) -> spaced.put(k, " " + v + " "));
        assertThat(practice.submit(learner, w, spaced).repeated()).as("spaces around an answer change nothing").isTrue();
        assertThat(practice.history(learner, "sum-times-z")).hasSize(1);
        assertThat(events.stream(AttemptRecorded.class)).hasSize(1);

        Map<String, String> changed = new LinkedHashMap<>(answers);
        changed.put("q", "2");
        assertThat(practice.submit(learner, w, changed).repeated()).isFalse();
        assertThat(practice.submit(learner, w, answers).repeated()).as("only the last attempt is compared").isFalse();
        assertThat(practice.history(learner, "sum-times-z")).hasSize(3);

        var fresh = practice.anotherLikeThis(learner, "sum-times-z");
        assertThat(practice.submit(learner, fresh, answers).repeated()).as("other numbers, another attempt").isFalse();
        assertThat(practice.history(learner, "sum-times-z")).hasSize(4);
    }

    /** Checked on the stored text, stored as checked: padding never makes an attempt too long for its column. */
    @Test
    void answersPaddedWithThousandsOfSpacesAreStoredAsChecked() {
        for (String exerciseId : List.of(NEURON, "direction")) {
            var w = open(exerciseId);
            Map<String, String> right = rightAnswers(w);
            Map<String, String> padded = new LinkedHashMap<>();
            right.forEach((part, answer) -> padded.put(part, " ".repeat(10) + answer + " ".repeat(3000)));
            long before = rows("attempt");

            var checked = practice.submit(learner, w, padded);

            assertThat(checked.grade().isAttempt()).isTrue();
            assertThat(rows("attempt")).as("the attempt is kept").isEqualTo(before + 1);
            var stored = jdbc.sql("SELECT p.answer FROM attempt_part p JOIN attempt a ON a.id = p.attempt_id "
                    + "WHERE a.learner_id = ? AND a.exercise_id = ? ORDER BY p.part_index").params(learner, exerciseId)
                    .query(String.class).list();
            assertThat(stored).containsExactlyElementsOf(right.values());
        }
    }

    @Test
    void aWordAnswerLongOnlyWhenPaddedIsReadAndOneTooLongIsRefusedWithItsLength() {
        var w = open("name-the-rule");
        Map<String, String> answers = rightAnswers(w);
        String text = answers.keySet().stream().filter(p -> p.equals("rule")).findFirst().orElseThrow();
        answers.put(text, "x".repeat(201));
        var refused = practice.submit(learner, w, answers);
        assertThat(refused.grade().isAttempt()).isFalse();
        assertThat(refused.grade().invalid().get(text)).contains("201 characters");
        answers.put(text, "x".repeat(200) + " ".repeat(3000));
        assertThat(practice.submit(learner, w, answers).grade().isAttempt()).isTrue();
    }
}
