package org.backproplab.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every table keyed on learner_id (found in the schema, so a new one is checked too) gets a row for
 * a guest; merging the guest must leave none of its rows behind, and deleting the learner none of
 * theirs. A feature that adds such a table without a {@link LearnerRecords} fails here.
 */
@SpringBootTest
@ActiveProfiles("test")
class LearnerRecordsCoverageTest {
    // Runs on H2; LearnerRecordsCoverageOnPostgresTest runs the same on PostgreSQL.
    @Autowired
    LearnerService learners;
    @Autowired
    JdbcClient jdbc;

    private List<String> learnerTables() {
        return jdbc.sql("SELECT table_name FROM information_schema.columns WHERE LOWER(column_name) = 'learner_id' "
                        + "AND LOWER(table_schema) IN ('public') AND LOWER(table_name) <> 'account'")
                .query(String.class).list().stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private long rowsOf(String table, UUID learner) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE learner_id = ?").param(learner).query(Long.class).single();
    }

    @Test
    void mergingAndDeletingLeaveNoRowOfAnyLearnerTable() {
        List<String> tables = learnerTables();
        assertThat(tables).contains("attempt", "exercise_progress", "quiz_attempt");
        UUID guest = learners.learnerForGuestToken("cov-" + UUID.randomUUID()).id();
        UUID account = learners.createForAccount();
        SampleRows.fill(jdbc, guest);
        for (String table : tables) {
            assertThat(rowsOf(table, guest)).as("a sample row in " + table + " (add one to SampleRows)").isPositive();
        }
        learners.merge(guest, account);
        for (String table : tables) {
            assertThat(rowsOf(table, guest)).as(table + " after the merge").isZero();
            assertThat(rowsOf(table, account)).as(table + " moved to the account").isPositive();
        }
        learners.delete(account);
        for (String table : tables) {
            assertThat(rowsOf(table, account)).as(table + " after deleting").isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE id IN (?, ?)").params(guest, account).query(Long.class).single()).isZero();
    }

    /** One row (with its children) in each table keyed on a learner. */
    static final class SampleRows {
        private SampleRows() {
        }

        static void fill(JdbcClient jdbc, UUID learner) {
            var now = java.sql.Timestamp.from(java.time.Instant.now());
            jdbc.sql("INSERT INTO exercise_progress (learner_id, exercise_id, seed, hints_used, solution_seen, started_at, best_mark) "
                    + "VALUES (?, 'sum-times-z', 1, 0, FALSE, ?, 0)").params(learner, now).update();
            jdbc.sql("INSERT INTO attempt (learner_id, exercise_id, seed, source_hash, params, mark, max_mark, hints_used, "
                    + "solution_seen, duration_ms, created_at) VALUES (?, 'sum-times-z', 1, 'h', '{}', 1, 1, 0, FALSE, 5, ?)")
                    .params(learner, now).update();
            long attempt = jdbc.sql("SELECT MAX(id) FROM attempt WHERE learner_id = ?").param(learner).query(Long.class).single();
            jdbc.sql("INSERT INTO attempt_part (attempt_id, part_index, part_id, answer, status, mark, mistake_code) "
                    + "VALUES (?, 0, 'p', '1', 'WRONG', 0, 'M1')").param(attempt).update();
            jdbc.sql("INSERT INTO attempt_mistake (attempt_id, part_id, code) VALUES (?, 'p', 'M1')").param(attempt).update();
            jdbc.sql("INSERT INTO quiz_attempt (learner_id, quiz_id, attempt_no, at_exercise, started_at) VALUES (?, 'first-steps', 1, 0, ?)")
                    .params(learner, now).update();
            long quiz = jdbc.sql("SELECT MAX(id) FROM quiz_attempt WHERE learner_id = ?").param(learner).query(Long.class).single();
            jdbc.sql("INSERT INTO quiz_exercise (quiz_attempt_id, exercise_id, seed, hints_used, best_mark) VALUES (?, 'fan-out', 1, 0, 0)")
                    .param(quiz).update();
            jdbc.sql("INSERT INTO quiz_answer (quiz_attempt_id, exercise_id, part_index, part_id, answer) VALUES (?, 'fan-out', 0, 'p', '1')")
                    .param(quiz).update();
            jdbc.sql("INSERT INTO flashcard_card (learner_id, card_id, state, due, stability, difficulty, learning_step, scheduled_days, "
                    + "reps, lapses, last_review, suspended, from_mistake, added_at) VALUES (?, 'term-fan-out', 'learning', ?, 2.3, 2.1, 1, 0, 1, 0, ?, "
                    + "FALSE, FALSE, ?)").params(learner, now, now, now).update();
            jdbc.sql("INSERT INTO flashcard_review (learner_id, card_id, rating, reviewed_at, state_before, state_after, stability, "
                    + "difficulty, due, scheduled_days) VALUES (?, 'term-fan-out', 3, ?, 'new', 'learning', 2.3, 2.1, ?, 0)")
                    .params(learner, now, now).update();
            long review = jdbc.sql("SELECT MAX(id) FROM flashcard_review WHERE learner_id = ?").param(learner).query(Long.class).single();
            jdbc.sql("INSERT INTO flashcard_undo (review_id, undone_at) VALUES (?, ?)").params(review, now).update();
            jdbc.sql("INSERT INTO flashcard_settings (learner_id, desired_retention, new_per_day) VALUES (?, 0.9, 20)").param(learner).update();
            jdbc.sql("INSERT INTO lesson_read (learner_id, lesson_id, read_at) VALUES (?, 'fan-out', ?)").params(learner, now).update();
        }
    }
}
