package org.backproplab.flashcard.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.MemoryCard;
import org.backproplab.flashcard.fsrs.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Learners' cards, review log and settings in SQL (plain JDBC, as practice does). */
@Repository
class FlashcardRepository {
    private final JdbcClient jdbc;

    FlashcardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One learner's actions run one after another (the row lock of H2 and PostgreSQL alike). */
    void lockLearner(UUID learner) {
        jdbc.sql("SELECT id FROM learner WHERE id = ? FOR UPDATE").param(learner).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("No learner " + learner + ": store the learner first"));
    }

    List<LearnerCard> cards(UUID learner) {
        return jdbc.sql("SELECT * FROM flashcard_card WHERE learner_id = ?").param(learner).query((rs, n) -> card(rs)).list();
    }

    Optional<LearnerCard> card(UUID learner, String cardId) {
        return jdbc.sql("SELECT * FROM flashcard_card WHERE learner_id = ? AND card_id = ?").params(learner, cardId)
                .query((rs, n) -> card(rs)).optional();
    }

    void insert(UUID learner, LearnerCard c, Instant addedAt) {
        MemoryCard m = c.memory();
        jdbc.sql("""
                INSERT INTO flashcard_card (learner_id, card_id, state, due, stability, difficulty, learning_step, scheduled_days,
                    reps, lapses, last_review, suspended, from_mistake, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(learner, c.cardId(), m.state().label(), ts(m.due()), m.stability(), m.difficulty(), m.learningStep(),
                        m.scheduledDays(), m.reps(), m.lapses(), ts(m.lastReview()), c.suspended(), c.fromMistake(), ts(addedAt))
                .update();
    }

    void update(UUID learner, LearnerCard c) {
        MemoryCard m = c.memory();
        jdbc.sql("""
                UPDATE flashcard_card SET state = ?, due = ?, stability = ?, difficulty = ?, learning_step = ?, scheduled_days = ?,
                    reps = ?, lapses = ?, last_review = ?, suspended = ?, from_mistake = ? WHERE learner_id = ? AND card_id = ?
                """).params(m.state().label(), ts(m.due()), m.stability(), m.difficulty(), m.learningStep(), m.scheduledDays(),
                        m.reps(), m.lapses(), ts(m.lastReview()), c.suspended(), c.fromMistake(), learner, c.cardId())
                .update();
    }

    void delete(UUID learner, String cardId) {
        jdbc.sql("DELETE FROM flashcard_card WHERE learner_id = ? AND card_id = ?").params(learner, cardId).update();
    }

    long logReview(UUID learner, String cardId, Rating rating, Instant at, CardState before, MemoryCard after, String cardBefore) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO flashcard_review (learner_id, card_id, rating, reviewed_at, state_before, state_after, stability, difficulty,
                    due, scheduled_days, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(learner, cardId, rating.grade(), ts(at), before.label(), after.state().label(), after.stability(),
                        after.difficulty(), ts(after.due()), after.scheduledDays(), cardBefore)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The learner's reviews not undone, since an instant, oldest first. */
    List<ReviewEntry> reviewsSince(UUID learner, Instant since) {
        return jdbc.sql("""
                SELECT r.* FROM flashcard_review r WHERE r.learner_id = ? AND r.reviewed_at >= ?
                  AND NOT EXISTS (SELECT 1 FROM flashcard_undo u WHERE u.review_id = r.id) ORDER BY r.reviewed_at, r.id
                """).params(learner, ts(since)).query((rs, n) -> review(rs)).list();
    }

    List<ReviewEntry> history(UUID learner, String cardId) {
        return jdbc.sql("""
                SELECT r.* FROM flashcard_review r WHERE r.learner_id = ? AND r.card_id = ?
                  AND NOT EXISTS (SELECT 1 FROM flashcard_undo u WHERE u.review_id = r.id) ORDER BY r.reviewed_at, r.id
                """).params(learner, cardId).query((rs, n) -> review(rs)).list();
    }

    /** The learner's latest review not undone, with the card's row before it (JSON, null if it had none). */
    record LastReview(long id, String cardId, String cardBefore) {
    }

    Optional<LastReview> lastReview(UUID learner) {
        return jdbc.sql("""
                SELECT r.id, r.card_id, r.card_before FROM flashcard_review r WHERE r.learner_id = ?
                  AND NOT EXISTS (SELECT 1 FROM flashcard_undo u WHERE u.review_id = r.id) ORDER BY r.id DESC FETCH FIRST 1 ROWS ONLY
                """).param(learner).query((rs, n) -> new LastReview(rs.getLong("id"), rs.getString("card_id"), rs.getString("card_before")))
                .optional();
    }

    void markUndone(long reviewId, Instant at) {
        jdbc.sql("INSERT INTO flashcard_undo (review_id, undone_at) VALUES (?, ?)").params(reviewId, ts(at)).update();
    }

    record Settings(double desiredRetention, int newPerDay) {
    }

    Optional<Settings> settings(UUID learner) {
        return jdbc.sql("SELECT desired_retention, new_per_day FROM flashcard_settings WHERE learner_id = ?").param(learner)
                .query((rs, n) -> new Settings(rs.getDouble(1), rs.getInt(2))).optional();
    }

    void saveSettings(UUID learner, Settings s) {
        int changed = jdbc.sql("UPDATE flashcard_settings SET desired_retention = ?, new_per_day = ? WHERE learner_id = ?")
                .params(s.desiredRetention(), s.newPerDay(), learner).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO flashcard_settings (learner_id, desired_retention, new_per_day) VALUES (?, ?, ?)")
                    .params(learner, s.desiredRetention(), s.newPerDay()).update();
        }
    }

    private static LearnerCard card(ResultSet rs) throws SQLException {
        var memory = new MemoryCard(state(rs.getString("state")), instant(rs, "due"), rs.getDouble("stability"),
                rs.getDouble("difficulty"), rs.getInt("learning_step"), rs.getInt("scheduled_days"), rs.getInt("reps"),
                rs.getInt("lapses"), instant(rs, "last_review"));
        return new LearnerCard(rs.getString("card_id"), memory, rs.getBoolean("suspended"), rs.getBoolean("from_mistake"));
    }

    private static ReviewEntry review(ResultSet rs) throws SQLException {
        return new ReviewEntry(rs.getLong("id"), rs.getString("card_id"), Rating.ofGrade(rs.getInt("rating")),
                instant(rs, "reviewed_at"), state(rs.getString("state_before")), state(rs.getString("state_after")),
                rs.getDouble("stability"), rs.getDouble("difficulty"), instant(rs, "due"), rs.getInt("scheduled_days"));
    }

    private static CardState state(String label) {
        return CardState.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
