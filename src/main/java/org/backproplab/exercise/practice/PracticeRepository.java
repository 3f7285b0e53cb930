package org.backproplab.exercise.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backproplab.exercise.grading.PartResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Current variants and attempts in SQL (plain JDBC: the rows are simple and the queries are the point). */
@Repository
class PracticeRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcClient jdbc;

    PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CurrentVariant> currentVariant(UUID learner, String exerciseId) {
        return jdbc.sql("SELECT * FROM exercise_progress WHERE learner_id = ? AND exercise_id = ?")
                .params(learner, exerciseId)
                .query((rs, n) -> new CurrentVariant(rs.getString("exercise_id"), rs.getLong("seed"), rs.getInt("hints_used"),
                        rs.getBoolean("solution_seen"), instant(rs, "started_at"), rs.getDouble("best_mark")))
                .optional();
    }

    /**
     * Takes the learner's row lock until the transaction ends, so that one learner's actions run one
     * after another (the FOR UPDATE of H2 and PostgreSQL alike).
     */
    void lockLearner(UUID learner) {
        jdbc.sql("SELECT id FROM learner WHERE id = ? FOR UPDATE").param(learner).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("No learner " + learner + ": store the learner before their progress"));
    }

    /** One statement that inserts or updates; SQL:2003 MERGE, which H2 and PostgreSQL (15+) both run. */
    void saveCurrentVariant(UUID learner, CurrentVariant v) {
        jdbc.sql("""
                MERGE INTO exercise_progress p
                USING (SELECT CAST(? AS UUID) AS learner_id, CAST(? AS VARCHAR(100)) AS exercise_id, CAST(? AS BIGINT) AS seed,
                              CAST(? AS INT) AS hints_used, CAST(? AS BOOLEAN) AS solution_seen,
                              CAST(? AS TIMESTAMP WITH TIME ZONE) AS started_at, CAST(? AS DOUBLE PRECISION) AS best_mark) v
                ON p.learner_id = v.learner_id AND p.exercise_id = v.exercise_id
                WHEN MATCHED THEN UPDATE SET seed = v.seed, hints_used = v.hints_used, solution_seen = v.solution_seen,
                    started_at = v.started_at, best_mark = v.best_mark
                WHEN NOT MATCHED THEN INSERT (learner_id, exercise_id, seed, hints_used, solution_seen, started_at, best_mark)
                    VALUES (v.learner_id, v.exercise_id, v.seed, v.hints_used, v.solution_seen, v.started_at, v.best_mark)
                """)
                .params(learner, v.exerciseId(), v.seed(), v.hintsUsed(), v.solutionSeen(), Timestamp.from(v.startedAt()),
                        v.bestMark())
                .update();
    }

    /**
     * Stores the attempt with a row per part, and a row per recognised mistake; returns its id.
     * {@code quiz} names the quiz attempt it was checked in, or is null for practice.
     */
    long saveAttempt(UUID learner, Attempt a, QuizCheck quiz) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attempt (learner_id, exercise_id, seed, source_hash, params, mark, max_mark, "
                        + "hints_used, solution_seen, duration_ms, created_at, quiz_id, quiz_attempt_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(learner, a.exerciseId(), a.seed(), a.sourceHash(), json(a.params()), a.mark(), a.maxMark(),
                        a.hintsUsed(), a.solutionSeen(), a.durationMs(), Timestamp.from(a.createdAt()),
                        quiz == null ? null : quiz.quizId(), quiz == null ? null : quiz.quizAttemptId())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < a.parts().size(); i++) {
            AttemptPart p = a.parts().get(i);
            jdbc.sql("INSERT INTO attempt_part (attempt_id, part_index, part_id, answer, status, mark, mistake_code) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i, p.partId(), p.answer(), p.status().name(), p.mark(), p.mistakeCode()).update();
            if (p.mistakeCode() != null) {
                jdbc.sql("INSERT INTO attempt_mistake (attempt_id, part_id, code) VALUES (?, ?, ?)")
                        .params(id, p.partId(), p.mistakeCode()).update();
            }
        }
        return id;
    }

    /**
     * A learner's practice attempts at an exercise, newest first, each with its parts. Practice's reads
     * leave out the checks made in quizzes ({@code quiz_id IS NULL}): a quiz does not change practice.
     */
    List<Attempt> attempts(UUID learner, String exerciseId) {
        Map<Long, List<AttemptPart>> parts = new HashMap<>();
        jdbc.sql("SELECT p.* FROM attempt_part p JOIN attempt a ON a.id = p.attempt_id "
                        + "WHERE a.learner_id = ? AND a.exercise_id = ? AND a.quiz_id IS NULL ORDER BY p.attempt_id, p.part_index")
                .params(learner, exerciseId)
                .query(rs -> {
                    parts.computeIfAbsent(rs.getLong("attempt_id"), k -> new ArrayList<>()).add(part(rs));
                });
        return jdbc.sql("SELECT * FROM attempt WHERE learner_id = ? AND exercise_id = ? AND quiz_id IS NULL ORDER BY created_at DESC, id DESC")
                .params(learner, exerciseId)
                .query((rs, row) -> attempt(rs, parts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** A learner's newest practice attempt at an exercise, with its parts. */
    Optional<Attempt> latestAttempt(UUID learner, String exerciseId) {
        var latest = jdbc.sql("SELECT * FROM attempt WHERE learner_id = ? AND exercise_id = ? AND quiz_id IS NULL ORDER BY created_at DESC, id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .params(learner, exerciseId)
                .query((rs, row) -> attempt(rs, List.of()))
                .optional();
        return latest.map(a -> new Attempt(a.id(), a.exerciseId(), a.seed(), a.sourceHash(), a.params(),
                jdbc.sql("SELECT * FROM attempt_part WHERE attempt_id = ? ORDER BY part_index").param(a.id())
                        .query((rs, n) -> part(rs)).list(),
                a.mark(), a.maxMark(), a.hintsUsed(), a.solutionSeen(), a.durationMs(), a.createdAt()));
    }

    private static AttemptPart part(ResultSet rs) throws SQLException {
        return new AttemptPart(rs.getString("part_id"), rs.getString("answer"), PartResult.Status.valueOf(rs.getString("status")),
                rs.getDouble("mark"), rs.getString("mistake_code"));
    }

    private static Attempt attempt(ResultSet rs, List<AttemptPart> parts) throws SQLException {
        return new Attempt(rs.getLong("id"), rs.getString("exercise_id"), rs.getLong("seed"),
                rs.getString("source_hash"), read(rs.getString("params"), new TypeReference<Map<String, Double>>() { }),
                parts, rs.getDouble("mark"), rs.getDouble("max_mark"), rs.getInt("hints_used"), rs.getBoolean("solution_seen"),
                rs.getLong("duration_ms"), instant(rs, "created_at"));
    }

    /** The exercise of the learner's newest practice attempt. */
    Optional<String> lastExercise(UUID learner) {
        return jdbc.sql("SELECT exercise_id FROM attempt WHERE learner_id = ? AND quiz_id IS NULL ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param(learner).query(String.class).optional();
    }

    /** The checks of one quiz attempt, by exercise: each check's mark as a fraction, and the mistakes named, each once. */
    Map<String, QuizChecks> quizChecks(UUID learner, long quizAttemptId) {
        Map<String, List<Double>> fractions = new LinkedHashMap<>();
        jdbc.sql("SELECT exercise_id, mark, max_mark FROM attempt WHERE learner_id = ? AND quiz_attempt_id = ? "
                        + "ORDER BY created_at, id")
                .params(learner, quizAttemptId)
                .query(rs -> {
                    double max = rs.getDouble("max_mark");
                    fractions.computeIfAbsent(rs.getString("exercise_id"), k -> new ArrayList<>())
                            .add(max > 0 ? rs.getDouble("mark") / max : 0);
                });
        Map<String, List<String>> codes = new HashMap<>();
        jdbc.sql("SELECT a.exercise_id, m.code FROM attempt_mistake m JOIN attempt a ON a.id = m.attempt_id "
                        + "WHERE a.learner_id = ? AND a.quiz_attempt_id = ? ORDER BY a.created_at, a.id, m.part_id")
                .params(learner, quizAttemptId)
                .query(rs -> {
                    var list = codes.computeIfAbsent(rs.getString("exercise_id"), k -> new ArrayList<>());
                    if (!list.contains(rs.getString("code"))) {
                        list.add(rs.getString("code"));
                    }
                });
        Map<String, QuizChecks> result = new LinkedHashMap<>();
        fractions.forEach((id, f) -> result.put(id, new QuizChecks(f, codes.getOrDefault(id, List.of()))));
        return result;
    }

    /** The exercises the learner has attempted, in practice or in a quiz. */
    Set<String> exercisesAttempted(UUID learner) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT exercise_id FROM attempt WHERE learner_id = ?").param(learner)
                .query(String.class).list());
    }

    /** When the last check of one quiz attempt was stored. */
    Optional<Instant> lastQuizCheckAt(UUID learner, long quizAttemptId) {
        return jdbc.sql("SELECT MAX(created_at) FROM attempt WHERE learner_id = ? AND quiz_attempt_id = ?")
                .params(learner, quizAttemptId)
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    /** Per exercise: number of practice attempts and best mark. */
    Map<String, double[]> summary(UUID learner) {
        var result = new HashMap<String, double[]>();
        jdbc.sql("SELECT exercise_id, COUNT(*) AS n, MAX(mark) AS best FROM attempt WHERE learner_id = ? AND quiz_id IS NULL GROUP BY exercise_id")
                .param(learner)
                .query(rs -> {
                    result.put(rs.getString("exercise_id"), new double[] {rs.getLong("n"), rs.getDouble("best")});
                });
        return result;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored attempt cannot be read", e);
        }
    }
}
