package org.backproplab.exercise.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.learner.LearnerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Quiz attempts against the real database: their own variants, resumed after a reload, apart from practice. */
@SpringBootTest
@ActiveProfiles("test")
class QuizServiceTest {
    // why-gradients (concept), sum-times-z, square-of-product, fan-out
    private static final String QUIZ = "first-steps";

    @Autowired
    QuizService quizzes;

    @Autowired
    PracticeService practice;

    @Autowired
    LearnerService learners;

    @Autowired
    JdbcClient jdbc;

    UUID learner;

    @BeforeEach
    void aStoredLearner() {
        learner = learners.learnerForGuestToken("test-" + UUID.randomUUID()).id();
    }

    private QuizRun open() {
        return quizzes.open(learner, QUIZ).orElseThrow();
    }

    private static Map<String, String> rightAnswers(Workspace w) {
        Map<String, String> answers = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> answers.put(p.id(), String.valueOf(w.variant().answer(p.id()))));
        return answers;
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<Long> quizRows() {
        return List.of(rows("quiz_attempt"), rows("quiz_exercise"), rows("quiz_answer"));
    }

    @Test
    void aQuizDrawsItsOwnNumbersAndNothingSeenInPracticeCarriesOver() {
        var practised = practice.revealSolution(learner, practice.open(learner, "sum-times-z").orElseThrow());
        practised = practice.nextHint(learner, practised);

        var step = open().step("sum-times-z").workspace();
        assertThat(step.variant().seed()).isNotEqualTo(practised.variant().seed());
        assertThat(step.current().solutionSeen()).isFalse();
        assertThat(step.hintsShown()).isEmpty();
        assertThat(step.maxMark()).isEqualTo(1.0);

        var checked = quizzes.submit(learner, open(), "sum-times-z", rightAnswers(step));
        assertThat(checked.grade().allCorrect()).isTrue();
        assertThat(checked.grade().mark()).as("not 0.00 of 0.00").isCloseTo(1.0, within(1e-9));
        assertThat(practice.history(learner, "sum-times-z")).as("a quiz is not practice").isEmpty();
        assertThat(practice.open(learner, "sum-times-z").orElseThrow().current()).isEqualTo(practised.current());
    }

    @Test
    void openingAQuizWritesNothingAndShowsTheSameNumbersEachTime() {
        UUID newGuest = UUID.randomUUID();
        var before = quizRows();
        var first = quizzes.open(newGuest, QUIZ).orElseThrow();
        var again = quizzes.open(newGuest, QUIZ).orElseThrow();
        assertThat(quizRows()).isEqualTo(before);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.position()).isZero();
        assertThat(first.finished()).isFalse();
        assertThat(again.steps()).extracting(s -> s.workspace().variant().params())
                .isEqualTo(first.steps().stream().map(s -> s.workspace().variant().params()).toList());
        assertThat(quizzes.open(newGuest, "no-such-quiz")).isEmpty();
    }

    @Test
    void aReloadResumesAtTheExerciseWithTheAnswersChecked() {
        var run = open();
        var concept = run.step("why-gradients").workspace();
        quizzes.submit(learner, run, "why-gradients", rightAnswers(concept));
        run = quizzes.moveTo(learner, run, 1);
        var numbers = run.current().workspace();
        Map<String, String> answers = rightAnswers(numbers);
        answers.put("q", "12345");
        quizzes.nextHint(learner, run, "sum-times-z");
        quizzes.submit(learner, run, "sum-times-z", answers);

        var reloaded = open();
        assertThat(reloaded.position()).isEqualTo(1);
        assertThat(reloaded.current().workspace().variant().seed()).isEqualTo(numbers.variant().seed());
        assertThat(reloaded.current().answers()).isEqualTo(answers);
        assertThat(reloaded.current().grade().parts().get(0).counts()).isFalse();
        assertThat(reloaded.current().workspace().hintsShown()).hasSize(1);
        assertThat(reloaded.step("why-gradients").grade().allCorrect()).isTrue();
        assertThat(reloaded.step("fan-out").checked()).isFalse();
    }

    @Test
    void theBestMarkOfAQuizExerciseStandsAfterAHint() {
        var run = open();
        var w = run.step("sum-times-z").workspace();
        quizzes.submit(learner, run, "sum-times-z", rightAnswers(w));
        w = quizzes.nextHint(learner, run, "sum-times-z");
        var after = quizzes.submit(learner, run, "sum-times-z", rightAnswers(w));
        assertThat(after.grade().mark()).isCloseTo(0.8, within(1e-9));
        assertThat(after.best()).isCloseTo(1.0, within(1e-9));
        assertThat(after.repeated()).as("the same answers as before").isTrue();
        assertThat(quizzes.summary(learner, open()).total()).isCloseTo(1.0, within(1e-9));
        assertThat(quizChecks()).as("the same answers again are not a second attempt").isEqualTo(1);
    }

    private long quizChecks() {
        return jdbc.sql("SELECT COUNT(*) FROM attempt WHERE learner_id = ? AND quiz_id = ?")
                .params(learner, QUIZ).query(Long.class).single();
    }

    @Test
    void everyCheckInAQuizIsRecordedForTheTeacherWithItsMistakesEvenWhenPutRightLater() {
        var run = open();
        var w = run.step("sum-times-z").workspace();
        Map<String, String> slip = rightAnswers(w);
        String partId = w.exercise().parts().get(w.exercise().parts().size() - 1).id();
        slip.put(partId, String.valueOf(-((Number) w.variant().answer(partId)).doubleValue())); // the sign flipped
        var wrong = quizzes.submit(learner, run, "sum-times-z", slip);
        var named = wrong.grade().parts().stream().filter(p -> p.mistake() != null).map(p -> p.mistake().code()).toList();
        assertThat(named).as("the grader names the slip").isNotEmpty();
        quizzes.submit(learner, run, "sum-times-z", rightAnswers(w));

        // The attempt, stored at the first check, is timed from when its page was shown.
        var startedAt = jdbc.sql("SELECT started_at FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ?").params(learner, QUIZ)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(startedAt.toEpochMilli()).isEqualTo(w.current().startedAt().toEpochMilli());
        assertThat(quizChecks()).isEqualTo(2);
        var marks = jdbc.sql("SELECT mark FROM attempt WHERE learner_id = ? AND quiz_id = ? ORDER BY id").params(learner, QUIZ)
                .query(Double.class).list();
        assertThat(marks.get(0)).isLessThan(1.0);
        assertThat(marks.get(1)).isCloseTo(1.0, within(1e-9));
        long quizAttempt = jdbc.sql("SELECT id FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ?").params(learner, QUIZ)
                .query(Long.class).single();
        var checks = practice.quizChecks(learner, new org.backproplab.exercise.practice.QuizCheck(QUIZ, quizAttempt)).get("sum-times-z");
        assertThat(checks.mistakeCodes()).as("the summary can still name the slip that was put right").isEqualTo(named);
        assertThat(checks.fractions()).hasSize(2).last().isEqualTo(1.0);
        assertThat(practice.history(learner, "sum-times-z")).as("practice's history leaves quiz work out").isEmpty();
        var row = quizzes.summary(learner, open()).rows().stream().filter(r -> r.exercise().id().equals("sum-times-z")).findFirst().orElseThrow();
        assertThat(row.mistakes()).isEmpty();
        assertThat(row.checks()).isEqualTo(2);
        assertThat(row.firstFraction()).isLessThan(1.0);
        assertThat(quizzes.summary(learner, open()).topicsToReview()).as("the slip's topics are worth a look").contains("chain-rule");
        assertThat(row.putRight()).as("the summary names the slip put right")
                .containsExactlyElementsOf(named.stream().map(c -> org.backproplab.exercise.grading.Mistake.byCode(c).title()).toList());
        assertThat(practice.standings(learner).stream().filter(st -> st.exercise().id().equals("sum-times-z")).findFirst()
                .orElseThrow().attempts()).isZero();
    }

    @Test
    void aGuestsQuizChecksStayWithTheirAttemptWhenItIsRenumberedIntoAnAccount() {
        UUID account = learners.learnerForGuestToken("test-" + UUID.randomUUID()).id();
        quizzes.again(account, QUIZ); // the account already has attempts 1 and 2 at the quiz
        quizzes.again(account, QUIZ);
        var run = open(); // the guest's attempt 1
        var w = run.step("sum-times-z").workspace();
        Map<String, String> wrong = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> wrong.put(p.id(), "0"));
        quizzes.submit(learner, run, "sum-times-z", wrong);
        quizzes.submit(learner, run, "sum-times-z", rightAnswers(w));

        learners.merge(learner, account);
        var moved = quizzes.open(account, QUIZ).orElseThrow();
        assertThat(moved.number()).as("numbered after the account's own").isEqualTo(3);
        var row = quizzes.summary(account, moved).rows().stream().filter(r -> r.exercise().id().equals("sum-times-z"))
                .findFirst().orElseThrow();
        assertThat(row.checks()).as("the guest's two checks, found through the attempt's row").isEqualTo(2);
    }

    @Test
    void theSummaryCountsBestMarksAndLinksEachTopicToItsExercises() {
        var run = open();
        quizzes.submit(learner, run, "why-gradients", rightAnswers(run.step("why-gradients").workspace()));
        quizzes.submit(learner, run, "sum-times-z", rightAnswers(run.step("sum-times-z").workspace()));
        // Every gradient of square-of-product is even, and 1, 7, 13 do not follow from one another either.
        var parts = run.step("square-of-product").workspace().exercise().parts();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            wrong.put(parts.get(i).id(), String.valueOf(1 + 6 * i));
        }
        quizzes.submit(learner, run, "square-of-product", wrong);
        run = quizzes.moveTo(learner, run, 4); // past the last: finished, fan-out skipped
        assertThat(run.finished()).isTrue();
        assertThat(open().finished()).as("a reload shows the summary").isTrue();

        var summary = quizzes.summary(learner, run);
        assertThat(summary.total()).isCloseTo(2.0, within(1e-9));
        assertThat(summary.rows()).extracting(QuizSummary.Row::skipped).containsExactly(false, false, false, true);
        assertThat(summary.topicsToReview()).contains("fan-out").doesNotContain("why-gradients");
        assertThat(summary.reviews()).filteredOn(r -> r.topic().equals("fan-out")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Fan-out — gradients add up");
            assertThat(r.exercises()).extracting(e -> e.id()).contains("fan-out");
            assertThat(r.exercises()).allSatisfy(e -> assertThat(e.topics()).contains("fan-out"));
        });
    }

    @Test
    void aFinishedOrRestartedAttemptTakesNoMoreAnswersAndANewOneHasNewNumbers() {
        var firstTab = open();
        var w = firstTab.step("sum-times-z").workspace();
        quizzes.submit(learner, firstTab, "sum-times-z", rightAnswers(w));
        var secondTab = quizzes.again(learner, QUIZ);
        assertThat(secondTab.number()).isEqualTo(2);
        assertThat(secondTab.position()).isZero();
        assertThat(secondTab.step("sum-times-z").checked()).isFalse();
        assertThat(secondTab.step("sum-times-z").workspace().variant().seed()).isNotEqualTo(w.variant().seed());

        var before = quizRows();
        assertThatThrownBy(() -> quizzes.submit(learner, firstTab, "sum-times-z", rightAnswers(w)))
                .isInstanceOf(QuizChangedException.class).hasMessageContaining("nothing was counted");
        assertThatThrownBy(() -> quizzes.nextHint(learner, firstTab, "sum-times-z")).isInstanceOf(QuizChangedException.class);
        assertThatThrownBy(() -> quizzes.moveTo(learner, firstTab, 1)).isInstanceOf(QuizChangedException.class);
        assertThat(quizRows()).isEqualTo(before);

        var finished = quizzes.moveTo(learner, secondTab, 4);
        assertThatThrownBy(() -> quizzes.moveTo(learner, secondTab, 1)).as("a finished test stays finished")
                .isInstanceOf(QuizChangedException.class);
        assertThat(finished.finished()).isTrue();
    }
}
