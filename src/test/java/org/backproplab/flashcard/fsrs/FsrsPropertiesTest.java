package org.backproplab.flashcard.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** What must hold for any history: recall fades, better answers wait longer, difficulty stays in [1, 10]. */
class FsrsPropertiesTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Provide
    Arbitrary<List<Rating>> histories() {
        return Arbitraries.of(Rating.class).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Integer>> delays() {
        return Arbitraries.integers().between(-3 * 1440, 90 * 1440).list().ofSize(25);
    }

    private static MemoryCard replay(Fsrs fsrs, List<Rating> history, List<Integer> delays) {
        MemoryCard card = MemoryCard.fresh(START);
        for (int i = 0; i < history.size(); i++) {
            Instant at = card.due().plus(Duration.ofMinutes(delays.get(i)));
            if (card.lastReview() != null && at.isBefore(card.lastReview())) {
                at = card.lastReview();
            }
            card = fsrs.next(card, at, history.get(i));
        }
        return card;
    }

    @Property
    void retrievabilityFallsWithTime(@ForAll @DoubleRange(min = 0.01, max = 36500) double stability,
            @ForAll @DoubleRange(min = 0, max = 10000) double t, @ForAll @DoubleRange(min = 0.01, max = 1000) double more) {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults(0.9, false));
        double now = fsrs.retrievability(t, stability);
        double later = fsrs.retrievability(t + more, stability);
        assertThat(later).isLessThanOrEqualTo(now).isBetween(0.0, 1.0);
        assertThat(fsrs.retrievability(0, stability)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(stability, stability)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Property
    void intervalsGrowWithRatingAndDifficultyStaysInRange(@ForAll("histories") List<Rating> history,
            @ForAll("delays") List<Integer> delays, @ForAll @IntRange(min = 70, max = 97) int retentionPercent,
            @ForAll boolean fuzz) {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults(retentionPercent / 100.0, fuzz));
        MemoryCard card = replay(fsrs, history, delays);
        assertThat(card.difficulty()).isBetween(1.0, 10.0);
        assertThat(card.stability()).isBetween(0.001, 36500.0);
        var next = fsrs.preview(card, card.due());
        for (int g = 1; g < 4; g++) {
            MemoryCard worse = next.get(Rating.ofGrade(g));
            MemoryCard better = next.get(Rating.ofGrade(g + 1));
            assertThat(better.due()).as("%s after %s", Rating.ofGrade(g + 1), history).isAfterOrEqualTo(worse.due());
            assertThat(worse.difficulty()).isGreaterThanOrEqualTo(better.difficulty());
        }
        if (card.state() == CardState.REVIEW) {
            assertThat(next.get(Rating.EASY).due()).isAfter(next.get(Rating.GOOD).due()).isAfter(next.get(Rating.HARD).due());
        }
        // ts-fsrs keeps Good a day beyond Hard and Easy a day beyond Good even at the maximum interval
        next.values().forEach(c -> assertThat(c.scheduledDays()).isBetween(0, 36502));
    }

    @Property
    void aHigherRetentionNeverWaitsLonger(@ForAll("histories") List<Rating> history, @ForAll("delays") List<Integer> delays) {
        Fsrs low = new Fsrs(FsrsParameters.defaults(0.8, false));
        Fsrs high = new Fsrs(FsrsParameters.defaults(0.95, false));
        MemoryCard card = replay(low, history, delays);
        assertThat(high.next(card, card.due(), Rating.GOOD).scheduledDays())
                .isLessThanOrEqualTo(low.next(card, card.due(), Rating.GOOD).scheduledDays());
    }

    @Property
    void fuzzStaysInsideItsRange(@ForAll @IntRange(min = 3, max = 36500) int interval, @ForAll @IntRange(min = 0, max = 400) int elapsed) {
        int[] range = Fsrs.fuzzRange(interval, elapsed, 36500);
        assertThat(range[0]).isLessThanOrEqualTo(range[1]).isGreaterThanOrEqualTo(2);
        assertThat(range[1]).isLessThanOrEqualTo(36500);
        assertThat(Math.abs(range[0] - interval)).isLessThanOrEqualTo(Math.max(2, (int) Math.ceil(interval * 0.16)));
    }
}
