package org.backproplab.lesson.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which lessons each learner has read. */
@Repository
class LessonReadRepository {
    private final JdbcClient jdbc;

    LessonReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> read(UUID learner) {
        return new HashSet<>(jdbc.sql("SELECT lesson_id FROM lesson_read WHERE learner_id = ?").param(learner).query(String.class).list());
    }

    /** Marks a lesson read; reading it again keeps the first date. */
    void markRead(UUID learner, String lessonId, Instant at) {
        // Vaadin serves one request per session at a time; two sessions marking the same lesson at the same instant is the only race.
        jdbc.sql("INSERT INTO lesson_read (learner_id, lesson_id, read_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM lesson_read WHERE learner_id = ? AND lesson_id = ?)")
                .params(learner, lessonId, Timestamp.from(at), learner, lessonId).update();
    }

    void markUnread(UUID learner, String lessonId) {
        jdbc.sql("DELETE FROM lesson_read WHERE learner_id = ? AND lesson_id = ?").params(learner, lessonId).update();
    }
}
