package org.backproplab.exercise.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Quiz attempts in SQL: where the learner is, and per exercise the variant, hints, best mark and last answers. */
@Repository
class QuizRepository {
    private final JdbcClient jdbc;

    QuizRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One attempt at a quiz, as stored. */
    record AttemptRow(long id, int number, int position, Instant startedAt, boolean finished) {
    }

    /** One exercise of an attempt that the learner acted on. */
    record StepRow(long seed, int hintsUsed, double bestMark) {
    }

    /** Takes the learner's row lock until the transaction ends, so that one learner's actions run one after another. */
    void lockLearner(UUID learner) {
        jdbc.sql("SELECT id FROM learner WHERE id = ? FOR UPDATE").param(learner).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("No learner " + learner + ": store the learner before their quizzes"));
    }

    /** The learner's newest attempt at a quiz. */
    Optional<AttemptRow> latest(UUID learner, String quizId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ? ORDER BY attempt_no DESC FETCH FIRST 1 ROWS ONLY")
                .params(learner, quizId)
                .query((rs, n) -> new AttemptRow(rs.getLong("id"), rs.getInt("attempt_no"), rs.getInt("at_exercise"),
                        instant(rs, "started_at"), rs.getTimestamp("finished_at") != null))
                .optional();
    }

    /** The row of the learner's attempt with this number at the quiz, if stored. */
    Optional<Long> attemptId(UUID learner, String quizId, int number) {
        return jdbc.sql("SELECT id FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ? AND attempt_no = ?")
                .params(learner, quizId, number).query(Long.class).optional();
    }

    /** Whether any attempt of the learner at the quiz was finished. */
    boolean anyFinished(UUID learner, String quizId) {
        return jdbc.sql("SELECT COUNT(*) FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ? AND finished_at IS NOT NULL")
                .params(learner, quizId).query(Long.class).single() > 0;
    }

    AttemptRow insert(UUID learner, String quizId, int number, Instant startedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quiz_attempt (learner_id, quiz_id, attempt_no, at_exercise, started_at) VALUES (?, ?, ?, 0, ?)")
                .params(learner, quizId, number, Timestamp.from(startedAt))
                .update(keys, "id");
        return new AttemptRow(keys.getKey().longValue(), number, 0, startedAt, false);
    }

    /** Moves the attempt to an exercise; {@code finishedAt} is null until the summary is reached. */
    void move(long attemptId, int position, Instant finishedAt) {
        jdbc.sql("UPDATE quiz_attempt SET at_exercise = ?, finished_at = ? WHERE id = ?")
                .params(position, finishedAt == null ? null : Timestamp.from(finishedAt), attemptId).update();
    }

    Map<String, StepRow> steps(long attemptId) {
        Map<String, StepRow> steps = new HashMap<>();
        jdbc.sql("SELECT * FROM quiz_exercise WHERE quiz_attempt_id = ?").param(attemptId)
                .query(rs -> {
                    steps.put(rs.getString("exercise_id"), new StepRow(rs.getLong("seed"), rs.getInt("hints_used"), rs.getDouble("best_mark")));
                });
        return steps;
    }

    /** The answers last checked, by exercise, each by part in the exercise's order. */
    Map<String, Map<String, String>> answers(long attemptId) {
        Map<String, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("SELECT * FROM quiz_answer WHERE quiz_attempt_id = ? ORDER BY exercise_id, part_index").param(attemptId)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString("exercise_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("part_id"), rs.getString("answer"));
                });
        return answers;
    }

    /** One statement that inserts or updates; SQL:2003 MERGE, which H2 and PostgreSQL (15+) both run. */
    void saveStep(long attemptId, String exerciseId, StepRow step) {
        jdbc.sql("""
                MERGE INTO quiz_exercise q
                USING (SELECT CAST(? AS BIGINT) AS quiz_attempt_id, CAST(? AS VARCHAR(100)) AS exercise_id, CAST(? AS BIGINT) AS seed,
                              CAST(? AS INT) AS hints_used, CAST(? AS DOUBLE PRECISION) AS best_mark) v
                ON q.quiz_attempt_id = v.quiz_attempt_id AND q.exercise_id = v.exercise_id
                WHEN MATCHED THEN UPDATE SET seed = v.seed, hints_used = v.hints_used, best_mark = v.best_mark
                WHEN NOT MATCHED THEN INSERT (quiz_attempt_id, exercise_id, seed, hints_used, best_mark)
                    VALUES (v.quiz_attempt_id, v.exercise_id, v.seed, v.hints_used, v.best_mark)
                """)
                .params(attemptId, exerciseId, step.seed(), step.hintsUsed(), step.bestMark())
                .update();
    }

    /** Replaces the answers last checked on one exercise (its step must be saved first). */
    void saveAnswers(long attemptId, String exerciseId, List<Map.Entry<String, String>> answers) {
        jdbc.sql("DELETE FROM quiz_answer WHERE quiz_attempt_id = ? AND exercise_id = ?").params(attemptId, exerciseId).update();
        for (int i = 0; i < answers.size(); i++) {
            jdbc.sql("INSERT INTO quiz_answer (quiz_attempt_id, exercise_id, part_index, part_id, answer) VALUES (?, ?, ?, ?, ?)")
                    .params(attemptId, exerciseId, i, answers.get(i).getKey(), answers.get(i).getValue()).update();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
