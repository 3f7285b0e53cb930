package org.backproplab.flashcard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.backproplab.flashcard.deck.DeckFiles;
import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service and its SQL on the schema Flyway builds: H2 in memory by default. For PostgreSQL:
 * {@code ./mvnw -o test -Dtest=FlashcardServiceTest -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/NAME
 * -Dspring.datasource.username=postgres}.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({FlashcardRepository.class, FlashcardService.class, FlashcardServiceTest.Config.class})
class FlashcardServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final LearnerDay UTC = new LearnerDay(ZoneOffset.UTC);

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        TestClock clock() {
            return new TestClock();
        }

        @Bean
        DeckFiles deckFiles() {
            return DeckFiles.bundled();
        }
    }

    @Autowired
    FlashcardService service;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    UUID learner;

    @BeforeEach
    void aLearner() {
        clock.now = T0;
        learner = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
                .params(learner, learner.toString(), Timestamp.from(T0), Timestamp.from(T0)).update();
    }

    private String next() {
        return service.next(learner, UTC).orElseThrow().card().id();
    }

    @Test
    void aMistakeBringsItsCardAndTheTopicsGlossaryCardFirst() {
        assertThat(next()).isEqualTo("concept-why-backprop"); // deck files in name order
        var added = service.addFromMistakes(learner, List.of("M02", "M04"), "chain-rule");
        assertThat(added).extracting(c -> c.id()).containsExactly("mistake-m02", "mistake-m04", "term-chain-rule");
        assertThat(next()).isEqualTo("mistake-m02");
        assertThat(service.counts(learner, UTC)).isEqualTo(new DueCounts(20, 0, 0));
        assertThat(service.browse(learner, "σ(z) instead of σ'(z)")).singleElement().satisfies(l -> assertThat(l.fromMistake()).isTrue());
        assertThat(service.addFromMistakes(learner, List.of(), "chain-rule")).isEmpty();
    }

    @Test
    void aCardAlreadyLearntIsMadeDueNow() {
        service.answer(learner, "mistake-m03", Rating.EASY);
        assertThat(service.counts(learner, UTC).review()).isZero();
        clock.now = T0.plus(Duration.ofHours(1));
        service.addFromMistakes(learner, List.of("M03"), null);
        assertThat(service.counts(learner, UTC).review()).isEqualTo(1);
        assertThat(next()).isEqualTo("mistake-m03");
    }

    @Test
    void everyAnswerIsLoggedAndUndoRestoresTheCard() {
        service.answer(learner, "term-gradient", Rating.GOOD);
        clock.now = T0.plus(Duration.ofMinutes(10));
        service.answer(learner, "term-gradient", Rating.GOOD);
        var info = service.info(learner, "term-gradient").orElseThrow();
        assertThat(info.memory().state()).isEqualTo(CardState.REVIEW);
        assertThat(info.history()).extracting(ReviewEntry::rating).containsExactly(Rating.GOOD, Rating.GOOD);
        assertThat(service.undo(learner)).contains("term-gradient");
        info = service.info(learner, "term-gradient").orElseThrow();
        assertThat(info.memory().state()).isEqualTo(CardState.LEARNING);
        assertThat(info.memory().due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(info.history()).hasSize(1);
        assertThat(service.undo(learner)).contains("term-gradient");
        assertThat(service.info(learner, "term-gradient").orElseThrow().memory().state()).isEqualTo(CardState.NEW);
        assertThat(service.undo(learner)).isEmpty();
        // append-only: both reviews are still in the log, marked undone
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flashcard_review WHERE learner_id = ?").param(learner).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void theDailyLimitCountsNewCardsAnsweredToday() {
        service.saveSettings(learner, new FlashcardService.Settings(0.85, 3));
        for (int i = 0; i < 3; i++) {
            service.answer(learner, next(), Rating.EASY);
        }
        assertThat(service.next(learner, UTC)).isEmpty();
        clock.now = Instant.parse("2026-11-30T04:00:00Z"); // a new day at 04:00
        assertThat(service.counts(learner, UTC).newCards()).isEqualTo(3);
        assertThat(service.settings(learner)).isEqualTo(new FlashcardService.Settings(0.85, 3));
        assertThatThrownBy(() -> new FlashcardService.Settings(0.98, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlashcardService.Settings(0.9, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysStartAtFourInTheLearnersTimeZone() {
        var tokyo = new LearnerDay(ZoneId.of("Asia/Tokyo"));
        clock.now = Instant.parse("2026-11-29T18:30:00Z"); // 03:30 on the 30th in Tokyo: still the 29th's day
        service.answer(learner, "term-gradient", Rating.AGAIN);
        clock.now = Instant.parse("2026-11-29T19:30:00Z"); // 04:30 in Tokyo: the 30th
        service.answer(learner, "term-chain-rule", Rating.GOOD);
        Stats stats = service.stats(learner, tokyo);
        assertThat(stats.days()).last().isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(stats.reviewsByDay().get(29).get(Rating.GOOD)).isEqualTo(1);
        assertThat(stats.reviewsByDay().get(28).get(Rating.AGAIN)).isEqualTo(1);
        assertThat(stats.cardsByState().get(CardState.LEARNING)).isEqualTo(2);
        assertThat(stats.forecast().get(0)).isEqualTo(2);
    }

    @Test
    void suspendAndResetInBrowse() {
        service.answer(learner, "term-bias", Rating.EASY);
        service.setSuspended(learner, "term-bias", true);
        assertThat(service.stats(learner, UTC).suspended()).isEqualTo(1);
        service.setSuspended(learner, "term-bias", false);
        service.reset(learner, "term-bias");
        assertThat(service.browse(learner, "bias")).filteredOn(l -> l.card().id().equals("term-bias"))
                .singleElement().satisfies(l -> assertThat(l.state()).isEqualTo(CardState.NEW));
        assertThatThrownBy(() -> service.answer(learner, "no-such-card", Rating.GOOD)).isInstanceOf(IllegalArgumentException.class);
    }
}
