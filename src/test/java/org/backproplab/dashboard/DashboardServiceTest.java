package org.backproplab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.util.UUID;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.backproplab.dashboard.domain.AssignmentState;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.export.AttemptLogCsv;
import org.backproplab.dashboard.service.DashboardService;
import org.backproplab.dashboard.service.NotYourClassException;
import org.backproplab.exercise.quiz.QuizService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's queries against the migrated database: right numbers, and only the teacher's own classes. */
@SpringBootTest
@ActiveProfiles("test")
class DashboardServiceTest {
    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    QuizService quizzes;

    ClassFixture school;

    @BeforeEach
    void aSchool() {
        school = new ClassFixture(jdbc);
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClassesAndStudents() {
        assertThat(dashboard.classes(school.tina)).extracting(c -> c.name() + " " + c.students()).containsExactly("Year 12 2");
        var overview = dashboard.overview(school.tina, school.year12);
        assertThat(overview.students()).extracting(Student::displayName).containsExactly("Ada Lovelace", "Bob =Builder");
        var bob = overview.students().get(1);
        assertThat(overview.cell(bob, "sum-times-z").attempts()).isEqualTo(2);
        assertThat(overview.cell(bob, "sum-times-z").best()).isEqualTo(1.0);
        assertThat(overview.cells()).doesNotContainKey(school.learnerOf(school.eve));

        assertThatThrownBy(() -> dashboard.overview(school.oscar, school.year12)).isInstanceOf(NotYourClassException.class);
        assertThatThrownBy(() -> dashboard.heatMap(school.ada, school.year12, true)).isInstanceOf(NotYourClassException.class);
        assertThatThrownBy(() -> dashboard.eachAttemptPart(school.oscar, school.year12, r -> { }))
                .isInstanceOf(NotYourClassException.class);
        // A student of another class, asked for through one's own class: nothing.
        assertThat(dashboard.student(school.tina, school.year12, school.eve)).isEmpty();
        assertThat(dashboard.attempts(school.tina, school.year12, school.eve)).isEmpty();
        assertThat(dashboard.attempts(school.tina, school.year12, school.bob)).hasSize(2)
                .first().satisfies(a -> assertThat(a.values()).containsEntry("y", -3.0));
    }

    @Test
    void theHeatMapCountsTheClassesMistakesPerTopicAndDrillsDown() {
        var byTopic = dashboard.heatMap(school.tina, school.year12, true);
        // sum-times-z practises the chain rule and computational graphs: Bob's M01 counts in both.
        assertThat(byTopic.count("M01", "chain-rule")).isEqualTo(1);
        assertThat(byTopic.count("M01", "computational-graph")).isEqualTo(1);
        assertThat(byTopic.rowTotal("M02")).as("Eve's mistake is in another class").isZero();
        var byExercise = dashboard.heatMap(school.tina, school.year12, false);
        assertThat(byExercise.count("M01", "sum-times-z")).isEqualTo(1);
        var behind = dashboard.occurrences(school.tina, school.year12, "M01", "chain-rule", true);
        assertThat(behind).singleElement().satisfies(o -> {
            assertThat(o.student().accountId()).isEqualTo(school.bob);
            assertThat(o.partId()).isEqualTo("dLdx");
        });
        assertThat(dashboard.trend(school.tina, school.year12, "M01")).singleElement()
                .satisfies(p -> assertThat(p.withMistake()).isEqualTo(1)).satisfies(p -> assertThat(p.attempts()).isEqualTo(3));
        var suggestion = dashboard.suggestion("M01");
        assertThat(suggestion.topicId()).isEqualTo("chain-rule");
        assertThat(suggestion.exercises()).isNotEmpty().allSatisfy(e -> assertThat(e.topics()).contains("chain-rule"));
        assertThat(suggestion.sentence()).contains("The chain rule");
    }

    @Test
    void statisticsAndAssignmentsOfTheClass() {
        var stats = dashboard.statistics(school.tina, school.year12).get("sum-times-z");
        assertThat(stats.attempts()).isEqualTo(3);
        assertThat(stats.students()).isEqualTo(2);
        assertThat(stats.firstTryMark()).isEqualTo(0.75);  // Ada 2/2, Bob 1/2 first
        assertThat(stats.facility()).isEqualTo(1.0);
        assertThat(dashboard.statistics(school.tina, school.year12)).doesNotContainKey("fan-out");

        var progress = dashboard.assignmentProgress(school.tina, school.year12);
        assertThat(progress).hasSize(2);
        // Week 1 (sum-times-z, fan-out) was due the day after T0; only sum-times-z was done.
        var expected = clock.instant().isAfter(ClassFixture.T0.plusSeconds(86_400)) ? AssignmentState.OVERDUE : AssignmentState.STARTED;
        assertThat(progress).allSatisfy(p -> assertThat(p.states().get(school.week1)).isEqualTo(expected));
    }

    @Test
    void aQuizAssignmentShowsTheMarkOfTheBestFinishedAttempt() throws IOException {
        UUID quiz = UUID.randomUUID();
        jdbc.sql("INSERT INTO assignment (id, class_id, title, quiz_id, due_at, created_at) VALUES (?, ?, 'Quiz', 'first-steps', NULL, ?)")
                .params(quiz, school.year12, Timestamp.from(ClassFixture.T0)).update();
        jdbc.sql("INSERT INTO assignment_exercise (assignment_id, exercise_id, position) VALUES (?, 'a', 0), (?, 'b', 1), (?, 'c', 2)")
                .params(quiz, quiz, quiz).update();
        UUID ada = school.learnerOf(school.ada);
        quizAttempt(ada, 1, true, 1.0, 0.5, 0.0);
        quizAttempt(ada, 2, true, 1.0, 1.0, 0.75); // the best finished one: 2.75 of 3
        quizAttempt(ada, 3, false, 1.0, 1.0, 1.0); // not finished: does not count

        var progress = dashboard.assignmentProgress(school.tina, school.year12);
        var adas = progress.stream().filter(p -> p.student().accountId().equals(school.ada)).findFirst().orElseThrow();
        assertThat(adas.states().get(quiz)).isEqualTo(AssignmentState.DONE);
        assertThat(adas.quizMarks().get(quiz)).isEqualTo(2.75);
        var bobs = progress.stream().filter(p -> p.student().accountId().equals(school.bob)).findFirst().orElseThrow();
        assertThat(bobs.quizMarks()).doesNotContainKey(quiz);
        assertThat(bobs.states().get(quiz)).isNotEqualTo(AssignmentState.DONE);

        // The gradebook has a column per assignment, with the quiz's best finished mark.
        var out = new ByteArrayOutputStream();
        org.backproplab.dashboard.export.GradebookCsv.write(dashboard.overview(school.tina, school.year12), dashboard.exercises(),
                dashboard.assignments(school.tina, school.year12), progress, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1))).getRecords();
        var adaRow = rows.stream().filter(r -> r.get("name").equals("Ada Lovelace")).findFirst().orElseThrow();
        assertThat(adaRow.get("assignment: Quiz")).isEqualTo("Done (2.75 of 3)");
        assertThat(adaRow.get("assignment: Week 1")).isIn("Started", "Overdue");
    }

    @Test
    void aQuizAssignmentIsStartedByActingInTheQuizNotByPractisingItsExercises() {
        UUID quiz = UUID.randomUUID();
        jdbc.sql("INSERT INTO assignment (id, class_id, title, quiz_id, due_at, created_at) VALUES (?, ?, 'Quiz', 'first-steps', NULL, ?)")
                .params(quiz, school.year12, Timestamp.from(ClassFixture.T0)).update();
        jdbc.sql("INSERT INTO assignment_exercise (assignment_id, exercise_id, position) VALUES (?, 'sum-times-z', 0)").params(quiz).update();
        // Bob practised sum-times-z (the fixture's attempts), but never opened the quiz.
        assertThat(stateOf(school.bob, quiz)).isEqualTo(AssignmentState.NOT_STARTED);
        quizAttempt(school.learnerOf(school.bob), 1, false);
        assertThat(stateOf(school.bob, quiz)).isEqualTo(AssignmentState.STARTED);
    }

    private AssignmentState stateOf(UUID account, UUID assignment) {
        return dashboard.assignmentProgress(school.tina, school.year12).stream().filter(p -> p.student().accountId().equals(account))
                .findFirst().orElseThrow().states().get(assignment);
    }

    @Test
    void answersCheckedInAQuizReachTheTeacherLikePractice() throws IOException {
        UUID ada = school.learnerOf(school.ada);
        var run = quizzes.open(ada, "first-steps").orElseThrow();
        var w = run.step("fan-out").workspace();
        Map<String, String> wrong = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> wrong.put(p.id(), "0"));
        quizzes.submit(ada, run, "fan-out", wrong);

        var overview = dashboard.overview(school.tina, school.year12);
        var adaRow = overview.students().stream().filter(st -> st.accountId().equals(school.ada)).findFirst().orElseThrow();
        assertThat(overview.cell(adaRow, "fan-out").attempts()).isEqualTo(1);
        assertThat(dashboard.statistics(school.tina, school.year12)).containsKey("fan-out");
        assertThat(dashboard.attempts(school.tina, school.year12, school.ada))
                .filteredOn(a -> a.exerciseId().equals("fan-out")).singleElement()
                .satisfies(a -> assertThat(a.quizId()).isEqualTo("first-steps"));
        assertThat(dashboard.quizTitle("first-steps")).isNotEqualTo("first-steps");

        var out = new ByteArrayOutputStream();
        AttemptLogCsv.write(dashboard, school.tina, school.year12, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("exercise").equals("fan-out")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("quiz")).isEqualTo("first-steps"));
        assertThat(rows).filteredOn(r -> r.get("exercise").equals("sum-times-z")).allSatisfy(r -> assertThat(r.get("quiz")).isEmpty());
    }

    private void quizAttempt(UUID learner, int number, boolean finished, double... marks) {
        jdbc.sql("INSERT INTO quiz_attempt (learner_id, quiz_id, attempt_no, at_exercise, started_at, finished_at) "
                + "VALUES (?, 'first-steps', ?, 0, ?, ?)").params(learner, number, Timestamp.from(ClassFixture.T0),
                        finished ? Timestamp.from(ClassFixture.T0.plusSeconds(600)) : null).update();
        long id = jdbc.sql("SELECT id FROM quiz_attempt WHERE learner_id = ? AND quiz_id = 'first-steps' AND attempt_no = ?")
                .params(learner, number).query(Long.class).single();
        for (int i = 0; i < marks.length; i++) {
            jdbc.sql("INSERT INTO quiz_exercise (quiz_attempt_id, exercise_id, seed, hints_used, best_mark) VALUES (?, ?, 1, 0, ?)")
                    .params(id, "abc".substring(i, i + 1), marks[i]).update();
        }
    }

    @Test
    void theAttemptLogStreamsTheClassesAttemptsAndNeutralisesFormulas() throws IOException {
        var out = new ByteArrayOutputStream();
        AttemptLogCsv.write(dashboard, school.tina, school.year12, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("username")).doesNotContain(school.username("eve"));
        var bobsSlip = rows.stream().filter(r -> "M01".equals(r.get("mistake"))).findFirst().orElseThrow();
        assertThat(bobsSlip.get("attempt mark")).doesNotContain("00000"); // marks rounded for a spreadsheet
        assertThat(bobsSlip.get("name")).isEqualTo("Bob =Builder");
        assertThat(bobsSlip.get("answer")).isEqualTo("-4"); // a plain number, read as one
        assertThat(bobsSlip.get("status")).isEqualTo("WRONG");
    }
}
