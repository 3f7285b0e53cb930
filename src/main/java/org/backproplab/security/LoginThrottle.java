package org.backproplab.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@link #PER_USER} failed logins for one user name, or
 * {@link #PER_ADDRESS} from one address, within {@link #WINDOW}, further logins for that name or
 * from that address are refused until the oldest failure is out of the window. A user name that
 * does not exist is throttled the same way, so throttling tells nothing about which names exist.
 * Failures are kept in the database: a restart does not reset them, and nodes sharing it agree.
 */
@Component
class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_USER = 5;
    static final int PER_ADDRESS = 30;
    private static final int KEY_MAX = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isThrottled(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        return failures("USER", username, since) >= PER_USER || failures("ADDRESS", address, since) >= PER_ADDRESS;
    }

    @Transactional
    void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?").param(Timestamp.from(now.minus(WINDOW))).update();
        insert("USER", username, now);
        insert("ADDRESS", address, now);
    }

    /** A correct password clears the name's failures (not the address's: one right guess should not reopen it). */
    @Transactional
    void succeeded(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE key_kind = 'USER' AND key_value = ?").param(key(username)).update();
    }

    private long failures(String kind, String value, Timestamp since) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE key_kind = ? AND key_value = ? AND failed_at >= ?")
                .params(kind, key(value), since).query(Long.class).single();
    }

    private void insert(String kind, String value, Instant at) {
        jdbc.sql("INSERT INTO login_failure (key_kind, key_value, failed_at) VALUES (?, ?, ?)")
                .params(kind, key(value), Timestamp.from(at)).update();
    }

    private static String key(String value) {
        String v = value == null ? "" : value;
        return v.length() > KEY_MAX ? v.substring(0, KEY_MAX) : v;
    }
}
