package org.backproplab.exercise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backproplab.exercise.grading.PartResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The repository's SQL on the schema Flyway builds: H2 in memory by default. The same SQL must run
 * on PostgreSQL; to check, point the test at an empty database:
 * {@code ./mvnw -o test -Dtest=PracticeRepositoryTest -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/NAME
 * -Dspring.datasource.username=postgres}.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(PracticeRepository.class)
class PracticeRepositoryTest {
    // Whole milliseconds: PostgreSQL keeps microseconds, H2 nanoseconds.
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    PracticeRepository repository;

    @Autowired
    JdbcClient jdbc;

    UUID learner;

    @BeforeEach
    void aLearner() {
        learner = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
                .params(learner, learner.toString(), Timestamp.from(T0), Timestamp.from(T0)).update();
    }

    @Test
    void oneMergeInsertsThenUpdatesTheCurrentVariant() {
        assertThat(repository.currentVariant(learner, "ex")).isEmpty();
        var first = new CurrentVariant("ex", 42, 0, false, T0, 0);
        repository.saveCurrentVariant(learner, first);
        assertThat(repository.currentVariant(learner, "ex")).contains(first);

        var hinted = new CurrentVariant("ex", 42, 1, true, T0, 0.75);
        repository.saveCurrentVariant(learner, hinted);
        assertThat(repository.currentVariant(learner, "ex")).contains(hinted);
        repository.saveCurrentVariant(learner, new CurrentVariant("other", -7, 0, false, T0.plusSeconds(5), 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exercise_progress WHERE learner_id = ?").param(learner).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void anAttemptIsStoredPartByPartAndReadBackNewestFirst() {
        var older = attempt(T0, List.of(
                new AttemptPart("q", "3", Status.CORRECT, 0.5, null),
                new AttemptPart("dx", "-4", Status.WRONG, 0, "M03")));
        var newer = attempt(T0.plusSeconds(60), List.of(
                new AttemptPart("q", "3", Status.CORRECT, 0.5, null),
                new AttemptPart("dx", "4", Status.FOLLOW_THROUGH, 0.5, null)));
        long olderId = repository.saveAttempt(learner, older, null);
        long newerId = repository.saveAttempt(learner, newer, null);

        var read = repository.attempts(learner, "ex");
        assertThat(read).extracting(Attempt::id).containsExactly(newerId, olderId);
        assertThat(read.get(1).parts()).isEqualTo(older.parts());
        assertThat(read.get(1).mistakeCodes()).containsExactly("M03");
        assertThat(read.get(1).params()).isEqualTo(Map.of("x", 1.5, "y", -2.0));
        assertThat(read.get(0).createdAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(repository.attempts(learner, "another-exercise")).isEmpty();
        assertThat(repository.latestAttempt(learner, "ex")).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(newerId);
            assertThat(latest.parts()).isEqualTo(newer.parts());
        });
        assertThat(repository.latestAttempt(learner, "another-exercise")).isEmpty();

        var summary = repository.summary(learner).get("ex");
        assertThat(summary[0]).isEqualTo(2);
        assertThat(summary[1]).isEqualTo(1.0);
    }

    @Test
    void aTeacherCanCountRightAnswersPerPartInSql() {
        repository.saveAttempt(learner, attempt(T0, List.of(
                new AttemptPart("q", "3", Status.CORRECT, 0.5, null),
                new AttemptPart("dx", "-4", Status.WRONG, 0, "M03"))), null);
        repository.saveAttempt(learner, attempt(T0.plusSeconds(1), List.of(
                new AttemptPart("q", "3", Status.CORRECT, 0.5, null),
                new AttemptPart("dx", "4", Status.CORRECT, 0.5, null))), null);

        var perPart = jdbc.sql("""
                SELECT p.part_id, COUNT(*) AS answers, SUM(CASE WHEN p.status <> 'WRONG' THEN 1 ELSE 0 END) AS counted,
                       MAX(p.mistake_code) AS mistake
                FROM attempt_part p JOIN attempt a ON a.id = p.attempt_id
                WHERE a.exercise_id = ? AND a.learner_id = ?
                GROUP BY p.part_id ORDER BY p.part_id
                """).params("ex", learner).query().listOfRows();
        assertThat(perPart).hasSize(2);
        assertThat(perPart.get(0)).containsValues("dx", "M03");
        assertThat(((Number) perPart.get(0).get(key(perPart.get(0), "counted"))).intValue()).isEqualTo(1);
        assertThat(((Number) perPart.get(1).get(key(perPart.get(1), "counted"))).intValue()).isEqualTo(2);
    }

    @Test
    void lockingAnUnknownLearnerFails() {
        repository.lockLearner(learner);
        assertThatThrownBy(() -> repository.lockLearner(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    /** H2 names result columns in upper case, PostgreSQL in lower case. */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElseThrow();
    }

    private static Attempt attempt(Instant at, List<AttemptPart> parts) {
        double mark = parts.stream().mapToDouble(AttemptPart::mark).sum();
        return new Attempt(0, "ex", 42, "hash", Map.of("x", 1.5, "y", -2.0), parts, mark, 1.0, 0, false, 1234,
                at.truncatedTo(ChronoUnit.MILLIS));
    }
}
