package org.backproplab.exercise.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
                        rs.getBoolean("solution_seen"), instant(rs, "started_at")))
                .optional();
    }

    void saveCurrentVariant(UUID learner, CurrentVariant p) {
        int updated = jdbc.sql("UPDATE exercise_progress SET seed = ?, hints_used = ?, solution_seen = ?, started_at = ? "
                        + "WHERE learner_id = ? AND exercise_id = ?")
                .params(p.seed(), p.hintsUsed(), p.solutionSeen(), Timestamp.from(p.startedAt()), learner, p.exerciseId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO exercise_progress (learner_id, exercise_id, seed, hints_used, solution_seen, started_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(learner, p.exerciseId(), p.seed(), p.hintsUsed(), p.solutionSeen(), Timestamp.from(p.startedAt()))
                    .update();
        }
    }

    long saveAttempt(UUID learner, Attempt a, Map<String, String> mistakesByPart) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attempt (learner_id, exercise_id, seed, source_hash, params, answers, results, mark, max_mark, "
                        + "hints_used, solution_seen, duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(learner, a.exerciseId(), a.seed(), a.sourceHash(), json(a.params()), json(a.answers()),
                        json(a.results()), a.mark(), a.maxMark(), a.hintsUsed(), a.solutionSeen(), a.durationMs(),
                        Timestamp.from(a.createdAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        mistakesByPart.forEach((part, code) -> jdbc.sql("INSERT INTO attempt_mistake (attempt_id, part_id, code) VALUES (?, ?, ?)")
                .params(id, part, code).update());
        return id;
    }

    List<Attempt> attempts(UUID learner, String exerciseId) {
        return jdbc.sql("SELECT a.*, (SELECT STRING_AGG(m.code, ',') FROM attempt_mistake m WHERE m.attempt_id = a.id) AS codes "
                        + "FROM attempt a WHERE a.learner_id = ? AND a.exercise_id = ? ORDER BY a.created_at DESC, a.id DESC")
                .params(learner, exerciseId).query(this::attempt).list();
    }

    /** Per exercise: number of attempts and best mark. */
    Map<String, double[]> summary(UUID learner) {
        var result = new java.util.HashMap<String, double[]>();
        jdbc.sql("SELECT exercise_id, COUNT(*) AS n, MAX(mark) AS best FROM attempt WHERE learner_id = ? GROUP BY exercise_id")
                .param(learner)
                .query(rs -> {
                    result.put(rs.getString("exercise_id"), new double[] {rs.getLong("n"), rs.getDouble("best")});
                });
        return result;
    }

    private Attempt attempt(ResultSet rs, int row) throws SQLException {
        String codes = rs.getString("codes");
        return new Attempt(rs.getLong("id"), rs.getString("exercise_id"), rs.getLong("seed"), rs.getString("source_hash"),
                read(rs.getString("params"), new TypeReference<Map<String, Double>>() { }),
                read(rs.getString("answers"), new TypeReference<Map<String, String>>() { }),
                read(rs.getString("results"), new TypeReference<Map<String, String>>() { }),
                rs.getDouble("mark"), rs.getDouble("max_mark"),
                codes == null ? List.of() : Arrays.stream(codes.split(",")).distinct().toList(),
                rs.getInt("hints_used"), rs.getBoolean("solution_seen"), rs.getLong("duration_ms"), instant(rs, "created_at"));
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
