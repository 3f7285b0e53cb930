package org.backproplab.exercise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A current variant stored before best_mark existed gets the best mark of the attempts on its own numbers. */
class BestMarkMigrationTest {

    @Test
    void theBestMarkIsTakenFromTheAttemptsOnTheCurrentSeedOnly() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2026.11.29.0422").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        UUID learner = UUID.randomUUID();
        var now = Timestamp.from(Instant.parse("2026-11-29T04:00:00Z"));
        jdbc.sql("INSERT INTO learner VALUES (?, 'hash', ?, ?)").params(learner, now, now).update();
        for (String exercise : new String[] {"ex", "untried"}) {
            jdbc.sql("INSERT INTO exercise_progress VALUES (?, ?, 42, 1, FALSE, ?)").params(learner, exercise, now).update();
        }
        String attempt = "INSERT INTO attempt (learner_id, exercise_id, seed, source_hash, params, mark, max_mark, hints_used, "
                + "solution_seen, duration_ms, created_at) VALUES (?, 'ex', ?, 'h', '{}', ?, 1, 0, FALSE, 10, ?)";
        jdbc.sql(attempt).params(learner, 42, 0.5, now).update();
        jdbc.sql(attempt).params(learner, 42, 0.75, now).update();
        jdbc.sql(attempt).params(learner, 7, 1.0, now).update(); // other numbers, earlier

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT best_mark FROM exercise_progress WHERE exercise_id = 'ex'").query(Double.class).single())
                .isEqualTo(0.75);
        assertThat(jdbc.sql("SELECT best_mark FROM exercise_progress WHERE exercise_id = 'untried'").query(Double.class).single())
                .isZero();
    }
}
