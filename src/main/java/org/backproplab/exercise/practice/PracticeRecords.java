package org.backproplab.exercise.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.backproplab.learner.LearnerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Practice's part of a learner: attempts (with parts and mistakes) and current variants. */
@Component
class PracticeRecords implements LearnerRecords {
    private final JdbcClient jdbc;

    PracticeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "practice";
    }

    /**
     * Attempts simply change hands. Of two current variants of one exercise, the one started later
     * is kept (the other's attempts stay in the history): the learner continues with the numbers
     * they saw last.
     */
    @Override
    public void move(UUID from, UUID into) {
        jdbc.sql("UPDATE attempt SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
        jdbc.sql("""
                DELETE FROM exercise_progress WHERE learner_id = ? AND exercise_id IN (
                    SELECT q.exercise_id FROM exercise_progress q JOIN exercise_progress p ON p.exercise_id = q.exercise_id
                    WHERE q.learner_id = ? AND p.learner_id = ? AND q.started_at >= p.started_at)
                """).params(from, into, from).update();
        jdbc.sql("""
                DELETE FROM exercise_progress WHERE learner_id = ? AND exercise_id IN (
                    SELECT exercise_id FROM exercise_progress WHERE learner_id = ?)
                """).params(into, from).update();
        jdbc.sql("UPDATE exercise_progress SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
    }

    @Override
    public void delete(UUID learner) {
        String attempts = "(SELECT id FROM attempt WHERE learner_id = ?)";
        jdbc.sql("DELETE FROM attempt_mistake WHERE attempt_id IN " + attempts).param(learner).update();
        jdbc.sql("DELETE FROM attempt_part WHERE attempt_id IN " + attempts).param(learner).update();
        jdbc.sql("DELETE FROM attempt WHERE learner_id = ?").param(learner).update();
        jdbc.sql("DELETE FROM exercise_progress WHERE learner_id = ?").param(learner).update();
    }

    @Override
    public Object export(UUID learner) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attempts", LearnerRecords.plain(jdbc.sql("""
                SELECT id, exercise_id, seed, params, mark, max_mark, hints_used, solution_seen, duration_ms, created_at, quiz_id, quiz_attempt_id
                FROM attempt WHERE learner_id = ? ORDER BY created_at, id""").param(learner).query().listOfRows()));
        data.put("attemptParts", LearnerRecords.plain(jdbc.sql("""
                SELECT p.attempt_id, p.part_index, p.part_id, p.answer, p.status, p.mark, p.mistake_code
                FROM attempt_part p JOIN attempt a ON a.id = p.attempt_id WHERE a.learner_id = ?
                ORDER BY p.attempt_id, p.part_index""").param(learner).query().listOfRows()));
        data.put("currentVariants", LearnerRecords.plain(jdbc.sql("""
                SELECT exercise_id, seed, hints_used, solution_seen, best_mark, started_at
                FROM exercise_progress WHERE learner_id = ? ORDER BY exercise_id""").param(learner).query().listOfRows()));
        return data;
    }
}
