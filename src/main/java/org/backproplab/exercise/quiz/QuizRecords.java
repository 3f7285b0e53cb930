package org.backproplab.exercise.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.backproplab.learner.LearnerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Quizzes' part of a learner: their attempts at quizzes, with variants and last answers. */
@Component
class QuizRecords implements LearnerRecords {
    private final JdbcClient jdbc;

    QuizRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "quizzes";
    }

    /**
     * The guest's attempts at a quiz are numbered after the account's own, so both keep their
     * attempts and the newest (the guest's, just made in this browser) is the one resumed.
     */
    @Override
    public void move(UUID from, UUID into) {
        jdbc.sql("""
                UPDATE quiz_attempt SET learner_id = ?, attempt_no = attempt_no + (
                    SELECT COALESCE(MAX(o.attempt_no), 0) FROM quiz_attempt o WHERE o.learner_id = ? AND o.quiz_id = quiz_attempt.quiz_id)
                WHERE learner_id = ?
                """).params(into, into, from).update();
    }

    @Override
    public void delete(UUID learner) {
        String attempts = "(SELECT id FROM quiz_attempt WHERE learner_id = ?)";
        jdbc.sql("DELETE FROM quiz_answer WHERE quiz_attempt_id IN " + attempts).param(learner).update();
        jdbc.sql("DELETE FROM quiz_exercise WHERE quiz_attempt_id IN " + attempts).param(learner).update();
        jdbc.sql("DELETE FROM quiz_attempt WHERE learner_id = ?").param(learner).update();
    }

    @Override
    public Object export(UUID learner) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attempts", LearnerRecords.plain(jdbc.sql("""
                SELECT id, quiz_id, attempt_no, at_exercise, started_at, finished_at
                FROM quiz_attempt WHERE learner_id = ? ORDER BY quiz_id, attempt_no""").param(learner).query().listOfRows()));
        data.put("exercises", LearnerRecords.plain(jdbc.sql("""
                SELECT e.quiz_attempt_id, e.exercise_id, e.seed, e.hints_used, e.best_mark
                FROM quiz_exercise e JOIN quiz_attempt a ON a.id = e.quiz_attempt_id WHERE a.learner_id = ?
                ORDER BY e.quiz_attempt_id, e.exercise_id""").param(learner).query().listOfRows()));
        data.put("answers", LearnerRecords.plain(jdbc.sql("""
                SELECT q.quiz_attempt_id, q.exercise_id, q.part_index, q.part_id, q.answer
                FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.quiz_attempt_id WHERE a.learner_id = ?
                ORDER BY q.quiz_attempt_id, q.exercise_id, q.part_index""").param(learner).query().listOfRows()));
        return data;
    }
}
