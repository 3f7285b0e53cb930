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
    private volatile Boolean postgreSql;

    LearnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Learner> findByGuestTokenHash(String guestTokenHash) {
        return jdbc.sql("SELECT id, created_at, last_seen_at FROM learner WHERE guest_token_hash = ?")
                .param(guestTokenHash).query(LearnerRepository::learner).optional();
    }

    /**
     * Stores a learner unless one with this token hash exists, in one statement that never fails on
     * the unique token: PostgreSQL's {@code ON CONFLICT DO NOTHING} waits for a racing insert and then
     * does nothing, and leaves the transaction usable (a failed INSERT would abort it). H2 has no
     * ON CONFLICT outside its PostgreSQL mode; its standard MERGE does the same, and where two
     * statements still collide H2 fails only that statement, which the caller retries.
     *
     * @return whether this call stored the row
     */
    boolean insertIfAbsent(UUID id, String guestTokenHash, Instant now) {
        String sql = postgreSql()
                ? "INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (guest_token_hash) DO NOTHING"
                : "MERGE INTO learner t USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(64)), "
                        + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE))) "
                        + "AS s(id, guest_token_hash, created_at, last_seen_at) ON t.guest_token_hash = s.guest_token_hash "
                        + "WHEN NOT MATCHED THEN INSERT (id, guest_token_hash, created_at, last_seen_at) "
                        + "VALUES (s.id, s.guest_token_hash, s.created_at, s.last_seen_at)";
        return jdbc.sql(sql).params(id, guestTokenHash, Timestamp.from(now), Timestamp.from(now)).update() == 1;
    }

    private boolean postgreSql() {
        if (postgreSql == null) {
            postgreSql = jdbc.sql("SELECT 1").query((rs, row) -> rs.getStatement().getConnection().getMetaData()
                    .getDatabaseProductName().equals("PostgreSQL")).single();
        }
        return postgreSql;
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
