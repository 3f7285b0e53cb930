package org.backproplab.flashcard.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.backproplab.learner.LearnerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Flashcards' part of a learner: card states, the append-only review log, the settings. */
@Component
class FlashcardRecords implements LearnerRecords {
    private final JdbcClient jdbc;

    FlashcardRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "flashcards";
    }

    /**
     * Every review moves (the log is history: nothing is lost or counted twice). A card both
     * learners hold keeps the state of whichever was reviewed last, since that state already
     * reflects the latest answer; the account's settings win over the guest's.
     */
    @Override
    public void move(UUID from, UUID into) {
        jdbc.sql("""
                DELETE FROM flashcard_card WHERE learner_id = ? AND EXISTS (
                    SELECT 1 FROM flashcard_card a WHERE a.learner_id = ? AND a.card_id = flashcard_card.card_id
                      AND COALESCE(a.last_review, a.added_at) >= COALESCE(flashcard_card.last_review, flashcard_card.added_at))
                """).params(from, into).update();
        jdbc.sql("""
                DELETE FROM flashcard_card WHERE learner_id = ? AND EXISTS (
                    SELECT 1 FROM flashcard_card g WHERE g.learner_id = ? AND g.card_id = flashcard_card.card_id)
                """).params(into, from).update();
        jdbc.sql("UPDATE flashcard_card SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
        jdbc.sql("UPDATE flashcard_review SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
        jdbc.sql("""
                DELETE FROM flashcard_settings WHERE learner_id = ? AND EXISTS (
                    SELECT 1 FROM flashcard_settings a WHERE a.learner_id = ?)
                """).params(from, into).update();
        jdbc.sql("UPDATE flashcard_settings SET learner_id = ? WHERE learner_id = ?").params(into, from).update();
    }

    @Override
    public void delete(UUID learner) {
        jdbc.sql("DELETE FROM flashcard_undo WHERE review_id IN (SELECT id FROM flashcard_review WHERE learner_id = ?)")
                .param(learner).update();
        jdbc.sql("DELETE FROM flashcard_review WHERE learner_id = ?").param(learner).update();
        jdbc.sql("DELETE FROM flashcard_card WHERE learner_id = ?").param(learner).update();
        jdbc.sql("DELETE FROM flashcard_settings WHERE learner_id = ?").param(learner).update();
    }

    @Override
    public Object export(UUID learner) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cards", LearnerRecords.plain(jdbc.sql("""
                SELECT card_id, state, due, stability, difficulty, reps, lapses, last_review, suspended, added_at
                FROM flashcard_card WHERE learner_id = ? ORDER BY card_id""").param(learner).query().listOfRows()));
        data.put("reviews", LearnerRecords.plain(jdbc.sql("""
                SELECT id, card_id, rating, reviewed_at, state_before, state_after, stability, difficulty, due, scheduled_days
                FROM flashcard_review WHERE learner_id = ? ORDER BY id""").param(learner).query().listOfRows()));
        data.put("settings", LearnerRecords.plain(jdbc.sql("""
                SELECT desired_retention, new_per_day FROM flashcard_settings WHERE learner_id = ?""")
                .param(learner).query().listOfRows()));
        return data;
    }
}
