package org.backproplab.flashcard.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scheduler against ts-fsrs 5.4.2: src/test/resources/fsrs/fixtures.json was written by
 * src/test/fsrs-reference/generate-fixtures.mjs (named sequences with lapses, Hard on a learning step,
 * Easy first, early and late reviews, at several retentions, and 60 random ones).
 */
class FsrsFixturesTest {

    static Stream<JsonNode> cases() throws IOException {
        try (InputStream in = FsrsFixturesTest.class.getResourceAsStream("/fsrs/fixtures.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> list = new ArrayList<>();
            root.get("cases").forEach(list::add);
            return list.stream();
        }
    }

    @Test
    void theFixturesCoverManySequences() throws IOException {
        List<JsonNode> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(90);
        assertThat(all.stream().flatMap(c -> stream(c.get("reviews"))).map(r -> r.get("state").asText()).distinct())
                .containsExactlyInAnyOrder("Learning", "Review", "Relearning");
        assertThat(all.stream().map(c -> c.get("retention").asDouble()).distinct()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void reproducesTheReference(JsonNode c) {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults(c.get("retention").asDouble(), false));
        MemoryCard card = MemoryCard.fresh(Instant.parse(c.get("start").asText()));
        int n = 0;
        for (JsonNode r : c.get("reviews")) {
            n++;
            Instant at = card.due().plus(Duration.ofMinutes(r.get("shift").asLong()));
            if (card.lastReview() != null && at.isBefore(card.lastReview())) {
                at = card.lastReview();
            }
            String where = c.get("name").asText() + " at " + c.get("retention").asText() + ", review " + n;
            assertThat(at).as(where + " time").isEqualTo(Instant.parse(r.get("review").asText()));
            card = fsrs.next(card, at, Rating.ofGrade(r.get("rating").asInt()));
            assertThat(card.state().name()).as(where + " state").isEqualTo(r.get("state").asText().toUpperCase(Locale.ROOT));
            assertThat(card.stability()).as(where + " stability").isCloseTo(r.get("stability").asDouble(), within(1e-6));
            assertThat(card.difficulty()).as(where + " difficulty").isCloseTo(r.get("difficulty").asDouble(), within(1e-6));
            assertThat(card.due()).as(where + " due").isEqualTo(Instant.parse(r.get("due").asText()));
            assertThat(card.scheduledDays()).as(where + " interval").isEqualTo(r.get("scheduled_days").asInt());
            assertThat(card.learningStep()).as(where + " step").isEqualTo(r.get("learning_steps").asInt());
            assertThat(card.lapses()).as(where + " lapses").isEqualTo(r.get("lapses").asInt());
            assertThat(card.reps()).as(where + " reps").isEqualTo(r.get("reps").asInt());
            assertThat(fsrs.retrievability(Fsrs.calendarDaysFloor(card.lastReview(), card.due()), card.stability()))
                    .as(where + " retrievability at due").isCloseTo(r.get("retrievability_at_due").asDouble(), within(1e-6));
        }
    }

    /** Ye et al.'s worked example as py-fsrs tests it; ts-fsrs says 498 and 21 where py-fsrs says 497 and 20. */
    @Test
    void literatureAnchor() {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults(0.9, false));
        MemoryCard card = MemoryCard.fresh(Instant.parse("2026-01-05T09:00:00Z"));
        List<Integer> days = new ArrayList<>();
        for (Rating r : List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN,
                Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD)) {
            card = fsrs.next(card, card.due(), r);
            days.add(card.scheduledDays());
        }
        assertThat(days).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
