package org.backproplab.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The databases of {@link OnEveryDatabase}: migrated, really the one named, and a missing server said plainly. */
class TestDatabasesTest {

    @OnEveryDatabase
    void theMigratedSchemaHoldsALearnerAndRefusesASecondWithTheSameToken(TestDatabase database) {
        var jdbc = JdbcClient.create(database.dataSource());
        String product = jdbc.sql("SELECT 1").query((rs, row) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        assertThat(product).isEqualToIgnoringCase(database.name());

        String hash = UUID.randomUUID().toString();
        var now = Timestamp.from(Instant.parse("2026-11-29T10:00:00Z"));
        String insert = "INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)";
        jdbc.sql(insert).params(UUID.randomUUID(), hash, now, now).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE guest_token_hash = ?").param(hash).query(Long.class).single())
                .isEqualTo(1L);
        assertThatThrownBy(() -> jdbc.sql(insert).params(UUID.randomUUID(), hash, now, now).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anUnreachableServerSkipsItsCasesOnADevelopersMachineAndFailsThemInCi() {
        var nowhere = new TestDatabases.PostgreSqlDatabase("jdbc:postgresql://127.0.0.1:1/");
        assertThatThrownBy(nowhere::dataSource)
                .isInstanceOf(TestDatabases.required() ? AssertionFailedError.class : TestAbortedException.class)
                .hasMessageContaining("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/");
    }
}
