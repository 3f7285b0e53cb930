package org.backproplab.dashboard.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backproplab.dashboard.domain.Assignment;
import org.backproplab.dashboard.domain.AttemptFact;
import org.backproplab.dashboard.domain.AttemptRecord;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.MistakeCount;
import org.backproplab.dashboard.domain.MistakeOccurrence;
import org.backproplab.dashboard.domain.PartRecord;
import org.backproplab.dashboard.domain.SchoolClass;
import org.backproplab.dashboard.domain.Student;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's read side in plain SQL over practice's tables and the classes' tables. Every
 * query of attempts takes a {@link Scope}: it never reads a learner outside the teacher's classes.
 */
@Repository
class DashboardRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_OCCURRENCES = 500;
    private final JdbcClient jdbc;
    /** The same database, read in batches of rows: PostgreSQL then streams a long result (inside a transaction). */
    private final JdbcClient streaming;

    DashboardRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    List<SchoolClass> classesTaughtBy(UUID teacher) {
        return jdbc.sql("""
                SELECT c.id, c.name, (SELECT COUNT(*) FROM class_member m WHERE m.class_id = c.id) AS students
                FROM school_class c JOIN class_teacher t ON t.class_id = c.id
                WHERE t.account_id = ? AND c.archived = FALSE ORDER BY c.name, c.id""")
                .param(teacher)
                .query((rs, n) -> new SchoolClass(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("students")))
                .list();
    }

    boolean teaches(UUID teacher, UUID classId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_teacher WHERE account_id = ? AND class_id = ?")
                .params(teacher, classId).query(Long.class).single() > 0;
    }

    Optional<String> className(UUID classId) {
        return jdbc.sql("SELECT name FROM school_class WHERE id = ?").param(classId).query(String.class).optional();
    }

    List<Student> students(UUID classId) {
        return jdbc.sql("""
                SELECT a.id, a.learner_id, a.display_name, a.username FROM class_member m JOIN account a ON a.id = m.account_id
                WHERE m.class_id = ? ORDER BY a.display_name, a.username""")
                .param(classId).query((rs, n) -> student(rs)).list();
    }

    /** Per learner and exercise: attempts, best mark share, time and whether the solution was seen. */
    Map<UUID, Map<String, Cell>> cells(Scope scope) {
        Map<UUID, Map<String, Cell>> result = new HashMap<>();
        jdbc.sql(cellsSql(scope))
                .param(scope.param())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("learner_id", UUID.class), k -> new HashMap<>()).put(rs.getString("exercise_id"),
                            new Cell(rs.getInt("n"), rs.getDouble("best"), rs.getLong("time_ms"), rs.getInt("seen") > 0));
                });
        return result;
    }

    List<AttemptFact> facts(Scope scope) {
        return jdbc.sql("SELECT a.id, a.learner_id, a.exercise_id, a.mark, a.max_mark, a.hints_used, a.solution_seen, a.duration_ms, "
                        + "a.created_at FROM attempt a WHERE a.learner_id IN (" + scope.learners() + ")")
                .param(scope.param())
                .query((rs, n) -> new AttemptFact(rs.getLong("id"), rs.getObject("learner_id", UUID.class), rs.getString("exercise_id"),
                        rs.getDouble("mark"), rs.getDouble("max_mark"), rs.getInt("hints_used"), rs.getBoolean("solution_seen"),
                        rs.getLong("duration_ms"), instant(rs, "created_at")))
                .list();
    }

    static String cellsSql(Scope scope) {
        return "SELECT a.learner_id, a.exercise_id, COUNT(*) AS n, MAX(CASE WHEN a.max_mark > 0 THEN a.mark / a.max_mark ELSE 0 END) AS best, "
                + "SUM(a.duration_ms) AS time_ms, MAX(CASE WHEN a.solution_seen THEN 1 ELSE 0 END) AS seen "
                + "FROM attempt a WHERE a.learner_id IN (" + scope.learners() + ") GROUP BY a.learner_id, a.exercise_id";
    }

    static String mistakeCountsSql(Scope scope) {
        return "SELECT a.exercise_id, m.code, COUNT(*) AS n FROM attempt_mistake m JOIN attempt a ON a.id = m.attempt_id "
                + "WHERE a.learner_id IN (" + scope.learners() + ") GROUP BY a.exercise_id, m.code";
    }

    /** The database's plan for a query of this repository (EXPLAIN, as H2 and PostgreSQL both read it). */
    String plan(String sql, Object param) {
        return String.join("\n", jdbc.sql("EXPLAIN " + sql).param(param).query((rs, n) -> rs.getString(1)).list());
    }

    List<MistakeCount> mistakeCounts(Scope scope) {
        return jdbc.sql(mistakeCountsSql(scope))
                .param(scope.param())
                .query((rs, n) -> new MistakeCount(rs.getString("exercise_id"), rs.getString("code"), rs.getInt("n")))
                .list();
    }

    /** The attempts behind a heat-map cell, newest first (at most a few hundred). */
    List<MistakeOccurrence> occurrences(Scope scope, String code, Set<String> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", exerciseIds.stream().map(e -> "?").toList());
        List<Object> params = new ArrayList<>();
        params.add(code);
        params.add(scope.param());
        params.addAll(exerciseIds);
        return jdbc.sql("SELECT a.id AS attempt_id, a.exercise_id, a.created_at, m.part_id, m.code, "
                        + "ac.id, ac.learner_id, ac.display_name, ac.username "
                        + "FROM attempt_mistake m JOIN attempt a ON a.id = m.attempt_id JOIN account ac ON ac.learner_id = a.learner_id "
                        + "WHERE m.code = ? AND a.learner_id IN (" + scope.learners() + ") AND a.exercise_id IN (" + marks + ") "
                        + "ORDER BY a.created_at DESC, a.id DESC FETCH FIRST " + MAX_OCCURRENCES + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new MistakeOccurrence(rs.getLong("attempt_id"), student(rs), rs.getString("exercise_id"),
                        rs.getString("part_id"), rs.getString("code"), instant(rs, "created_at")))
                .list();
    }

    /** Attempts per day, and with {@code code} given, attempts that showed that mistake per day. */
    Map<LocalDate, Integer> perDay(Scope scope, String code) {
        String sql = code == null
                ? "SELECT CAST(a.created_at AS DATE) AS d, COUNT(*) AS n FROM attempt a WHERE a.learner_id IN (" + scope.learners() + ") "
                        + "GROUP BY CAST(a.created_at AS DATE)"
                : "SELECT CAST(a.created_at AS DATE) AS d, COUNT(DISTINCT a.id) AS n FROM attempt a JOIN attempt_mistake m ON m.attempt_id = a.id "
                        + "WHERE m.code = ? AND a.learner_id IN (" + scope.learners() + ") GROUP BY CAST(a.created_at AS DATE)";
        List<Object> params = new ArrayList<>();
        if (code != null) {
            params.add(code);
        }
        params.add(scope.param());
        Map<LocalDate, Integer> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(rs.getDate("d").toLocalDate(), rs.getInt("n"));
        });
        return result;
    }

    /** A learner's attempts, newest first, each with its parts. */
    List<AttemptRecord> attempts(UUID learner) {
        Map<Long, List<PartRecord>> parts = new HashMap<>();
        jdbc.sql("SELECT p.* FROM attempt_part p JOIN attempt a ON a.id = p.attempt_id WHERE a.learner_id = ? "
                        + "ORDER BY p.attempt_id, p.part_index")
                .param(learner)
                .query(rs -> {
                    parts.computeIfAbsent(rs.getLong("attempt_id"), k -> new ArrayList<>()).add(new PartRecord(rs.getString("part_id"),
                            rs.getString("answer"), rs.getString("status"), rs.getDouble("mark"), rs.getString("mistake_code")));
                });
        return jdbc.sql("SELECT * FROM attempt WHERE learner_id = ? ORDER BY created_at DESC, id DESC")
                .param(learner)
                .query((rs, n) -> new AttemptRecord(rs.getLong("id"), rs.getString("exercise_id"), values(rs.getString("params")),
                        parts.getOrDefault(rs.getLong("id"), List.of()), rs.getDouble("mark"), rs.getDouble("max_mark"),
                        rs.getInt("hints_used"), rs.getBoolean("solution_seen"), rs.getLong("duration_ms"), instant(rs, "created_at"),
                        rs.getString("quiz_id")))
                .list();
    }

    List<Assignment> assignments(UUID classId) {
        Map<UUID, List<String>> exercises = new HashMap<>();
        jdbc.sql("SELECT e.assignment_id, e.exercise_id FROM assignment_exercise e JOIN assignment a ON a.id = e.assignment_id "
                        + "WHERE a.class_id = ? ORDER BY e.assignment_id, e.position")
                .param(classId)
                .query(rs -> {
                    exercises.computeIfAbsent(rs.getObject("assignment_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("exercise_id"));
                });
        return jdbc.sql("SELECT * FROM assignment WHERE class_id = ? ORDER BY due_at, created_at, id")
                .param(classId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp due = rs.getTimestamp("due_at");
                    return new Assignment(id, rs.getString("title"), rs.getString("quiz_id"), due == null ? null : due.toInstant(),
                            List.copyOf(exercises.getOrDefault(id, List.of())));
                })
                .list();
    }

    /**
     * Per learner, the quizzes they finished, each with the mark of their best finished attempt (the
     * sum of its exercises' best marks, each out of 1, as the quiz's summary counts them).
     */
    Map<UUID, Map<String, Double>> finishedQuizzes(Scope scope) {
        Map<UUID, Map<String, Double>> result = new HashMap<>();
        jdbc.sql("""
                SELECT t.learner_id, t.quiz_id, MAX(t.total) AS best FROM (
                  SELECT q.id, q.learner_id, q.quiz_id, COALESCE(SUM(e.best_mark), 0) AS total
                  FROM quiz_attempt q LEFT JOIN quiz_exercise e ON e.quiz_attempt_id = q.id
                  WHERE q.finished_at IS NOT NULL AND q.learner_id IN (""" + scope.learners() + """
                )
                  GROUP BY q.id, q.learner_id, q.quiz_id) t
                GROUP BY t.learner_id, t.quiz_id""")
                .param(scope.param())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("learner_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getString("quiz_id"), rs.getDouble("best"));
                });
        return result;
    }

    /** Per learner, the quizzes they have begun (an attempt stored: they acted in it), finished or not. */
    Map<UUID, Set<String>> startedQuizzes(Scope scope) {
        Map<UUID, Set<String>> result = new HashMap<>();
        jdbc.sql("SELECT DISTINCT learner_id, quiz_id FROM quiz_attempt WHERE learner_id IN (" + scope.learners() + ")")
                .param(scope.param())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("learner_id", UUID.class), k -> new HashSet<>()).add(rs.getString("quiz_id"));
                });
        return result;
    }

    /**
     * Every attempt part of the scope, oldest first, handed over one row at a time as the database
     * sends it: the attempt log export streams without holding the log in memory.
     */
    void eachAttemptPart(Scope scope, Consumer<AttemptLogRow> row) {
        streaming.sql("SELECT a.id, a.exercise_id, a.quiz_id, a.created_at, a.mark AS attempt_mark, a.max_mark, a.hints_used, a.solution_seen, "
                        + "a.duration_ms, ac.username, ac.display_name, p.part_id, p.answer, p.status, p.mark AS part_mark, p.mistake_code "
                        + "FROM attempt a JOIN account ac ON ac.learner_id = a.learner_id "
                        + "LEFT JOIN attempt_part p ON p.attempt_id = a.id "
                        + "WHERE a.learner_id IN (" + scope.learners() + ") ORDER BY a.created_at, a.id, p.part_index")
                .param(scope.param())
                .query(rs -> {
                    row.accept(new AttemptLogRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            rs.getString("exercise_id"), rs.getString("quiz_id"), instant(rs, "created_at"), rs.getDouble("attempt_mark"), rs.getDouble("max_mark"),
                            rs.getInt("hints_used"), rs.getBoolean("solution_seen"), rs.getLong("duration_ms"), rs.getString("part_id"),
                            rs.getString("answer"), rs.getString("status"), rs.getDouble("part_mark"), rs.getString("mistake_code")));
                });
    }

    private static Student student(ResultSet rs) throws SQLException {
        return new Student(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class), rs.getString("display_name"),
                rs.getString("username"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Map<String, Double> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
