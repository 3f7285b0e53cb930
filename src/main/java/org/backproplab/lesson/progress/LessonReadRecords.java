package org.backproplab.lesson.progress;

import java.util.UUID;

import org.backproplab.learner.LearnerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lessons' part of a learner: which lessons they marked as read, and when. */
@Component
class LessonReadRecords implements LearnerRecords {
    private final JdbcClient jdbc;

    LessonReadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "lessonsRead";
    }

    /** A lesson both marked read stays read once, at the account's date. */
    @Override
    public void move(UUID from, UUID into) {
        jdbc.sql("""
                DELETE FROM lesson_read WHERE learner_id = ? AND EXISTS (
                    SELECT 1 FROM lesson_read a WHERE a.learner_id = ? AND a.lesson_id = lesson_read.lesson_id)
                """).params(from, into).update();
        jdbc.sql("UPDATE lesson_read SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
    }

    @Override
    public void delete(UUID learner) {
        jdbc.sql("DELETE FROM lesson_read WHERE learner_id = ?").param(learner).update();
    }

    @Override
    public Object export(UUID learner) {
        return LearnerRecords.plain(jdbc.sql("SELECT lesson_id, read_at FROM lesson_read WHERE learner_id = ? ORDER BY read_at")
                .param(learner).query().listOfRows());
    }
}
