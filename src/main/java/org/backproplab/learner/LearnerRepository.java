package org.backproplab.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learners in SQL, with the same JdbcClient as the rest of the app. */
@Repository
class LearnerRepository {
    private final JdbcClient jdbc;

    LearnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Learner> findByGuestTokenHash(String guestTokenHash) {
        return jdbc.sql("SELECT id, created_at, last_seen_at FROM learner WHERE guest_token_hash = ?")
                .param(guestTokenHash).query(LearnerRepository::learner).optional();
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the token hash is already stored. */
    void insert(UUID id, String guestTokenHash, Instant now) {
        jdbc.sql("INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
                .params(id, guestTokenHash, Timestamp.from(now), Timestamp.from(now)).update();
    }

    void seenAt(UUID id, Instant now) {
        jdbc.sql("UPDATE learner SET last_seen_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    /** Locks the learners' rows until the transaction ends, in id order so that two merges never deadlock. */
    void lock(UUID first, UUID second) {
        var ids = first.compareTo(second) <= 0 ? new UUID[] {first, second} : new UUID[] {second, first};
        for (UUID id : ids) {
            jdbc.sql("SELECT id FROM learner WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        }
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM learner WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM learner WHERE id = ?").param(id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM learner").query(Long.class).single();
    }

    private static Learner learner(ResultSet rs, int row) throws SQLException {
        return new Learner(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_seen_at").toInstant());
    }
}
