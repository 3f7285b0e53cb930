package org.backproplab.exercise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Attempts stored before attempt_part existed get their parts from the old JSON columns. */
class AttemptPartsMigrationTest {

    @Test
    void oldAttemptsAreCopiedPartByPart() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2026.11.28.1300").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        UUID learner = UUID.randomUUID();
        var now = Timestamp.from(Instant.parse("2026-11-28T12:00:00Z"));
        jdbc.sql("INSERT INTO learner VALUES (?, 'hash', ?, ?)").params(learner, now, now).update();
        jdbc.sql("""
                INSERT INTO attempt (id, learner_id, exercise_id, seed, source_hash, params, answers, results, mark, max_mark,
                                     hints_used, solution_seen, duration_ms, created_at)
                VALUES (7, ?, 'ex', 1, 'h', '{}', '{"q":"3","dx":"-4","dy":"2"}', '{"q":"CORRECT","dx":"WRONG","dy":"FOLLOW_THROUGH"}',
                        0.5, 0.75, 1, FALSE, 10, ?)
                """).params(learner, now).update();
        jdbc.sql("INSERT INTO attempt_mistake VALUES (7, 'dx', 'M03')").update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        var parts = jdbc.sql("SELECT part_index, part_id, answer, status, mark, mistake_code FROM attempt_part "
                + "WHERE attempt_id = 7 ORDER BY part_index").query().listOfRows();
        assertThat(parts).extracting(r -> r.get("PART_ID")).containsExactly("q", "dx", "dy");
        assertThat(parts).extracting(r -> r.get("ANSWER")).containsExactly("3", "-4", "2");
        assertThat(parts).extracting(r -> r.get("STATUS")).containsExactly("CORRECT", "WRONG", "FOLLOW_THROUGH");
        assertThat(parts).extracting(r -> r.get("MISTAKE_CODE")).containsExactly(null, "M03", null);
        assertThat((Double) parts.get(0).get("MARK")).isCloseTo(0.25, within(1e-12));
        assertThat((Double) parts.get(1).get("MARK")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ATTEMPT' "
                + "AND COLUMN_NAME IN ('ANSWERS', 'RESULTS')").query(Long.class).single()).isZero();
    }
}
