package org.backproplab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.backproplab.dashboard.domain.AttemptFact;
import org.backproplab.dashboard.domain.ItemFlag;
import org.backproplab.dashboard.domain.ItemStatistics;
import org.backproplab.dashboard.domain.ItemStats;
import org.junit.jupiter.api.Test;

/**
 * Item statistics on a data set small enough to work out by hand (the working is in the comments).
 * Three students, two exercises worth 2 marks each.
 */
class ItemStatisticsTest {
    private static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID S2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID S3 = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final List<AttemptFact> attempts = new ArrayList<>();

    private void attempt(UUID student, String item, double mark, int hints, int minute) {
        attempts.add(new AttemptFact(attempts.size() + 1, student, item, mark, 2, hints, false, 60_000, T0.plusSeconds(60L * minute)));
    }

    /*
     *          A (marks in order)      B
     *   S1     1 then 2  -> best 1.0   2   -> 1.0
     *   S2     0         -> best 0.0   1   -> 0.5
     *   S3     2 (hint)  -> best 1.0   0.5 -> 0.25
     */
    private void handCheckedSet() {
        attempt(S1, "A", 2, 0, 5);   // added out of order: the first try is found by time, not by list order
        attempt(S1, "A", 1, 0, 1);
        attempt(S1, "B", 2, 0, 2);
        attempt(S2, "A", 0, 0, 1);
        attempt(S2, "B", 1, 0, 2);
        attempt(S3, "A", 2, 1, 1);
        attempt(S3, "B", 0.5, 0, 2);
    }

    @Test
    void countsMeansFirstTryAndFacility() {
        handCheckedSet();
        ItemStats a = ItemStatistics.of(attempts).get("A");
        assertThat(a.attempts()).isEqualTo(4);
        assertThat(a.students()).isEqualTo(3);
        assertThat(a.meanMark()).isCloseTo((0.5 + 1 + 0 + 1) / 4, within(1e-12));  // 0.625
        assertThat(a.firstTryMark()).isCloseTo((0.5 + 0 + 1) / 3, within(1e-12));  // 0.5
        assertThat(a.facility()).isCloseTo((1 + 0 + 1) / 3.0, within(1e-12));      // 66.7 %
        assertThat(a.meanTries()).isCloseTo(4 / 3.0, within(1e-12));
        assertThat(a.hintShare()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(ItemStatistics.of(attempts).get("B").facility()).isCloseTo(1.75 / 3, within(1e-12));
    }

    /*
     * A against the rest (B): x = (1, 0, 1), y = (1, 0.5, 0.25); means 2/3 and 7/12.
     * Sxy = 1/3·5/12 + (−2/3)(−1/12) + 1/3(−4/12) = 1/12; Sxx = 2/3; Syy = 42/144 = 7/24.
     * r = (1/12) / √(2/3 · 7/24) = 1 / (2√7) ≈ 0.18898.
     */
    @Test
    void discriminationIsTheCorrelationWithTheRestOfTheSet() {
        handCheckedSet();
        var stats = ItemStatistics.of(attempts);
        assertThat(stats.get("A").discrimination()).hasValueCloseTo(1 / (2 * Math.sqrt(7)), within(1e-12));
        assertThat(stats.get("B").discrimination()).hasValueCloseTo(1 / (2 * Math.sqrt(7)), within(1e-12));
        assertThat(stats.get("A").flags()).isEmpty();
    }

    @Test
    void anItemThatTheStrongStudentsGetWrongIsFlaggedForNegativeDiscrimination() {
        // P: 0, 2, 1 and Q: 2, 0, 1 — exactly opposite, r = −1.
        attempt(S1, "P", 0, 0, 1);
        attempt(S1, "Q", 2, 0, 1);
        attempt(S2, "P", 2, 0, 1);
        attempt(S2, "Q", 0, 0, 1);
        attempt(S3, "P", 1, 0, 1);
        attempt(S3, "Q", 1, 0, 1);
        ItemStats p = ItemStatistics.of(attempts).get("P");
        assertThat(p.discrimination()).hasValueCloseTo(-1.0, within(1e-12));
        assertThat(p.flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void oneStudentIsTooFewForAFlag() {
        attempt(S1, "easy", 2, 0, 1);
        assertThat(ItemStatistics.of(attempts).get("easy").facility()).isEqualTo(1.0);
        assertThat(ItemStatistics.of(attempts).get("easy").flags()).isEmpty();
    }

    @Test
    void facilityOutsideTwentyToNinetyPerCentIsFlagged() {
        for (UUID s : List.of(S1, S2, S3)) {
            attempt(s, "easy", 2, 0, 1);
            attempt(s, "hard", 0.2, 0, 1);  // 10 %
        }
        var stats = ItemStatistics.of(attempts);
        assertThat(stats.get("easy").flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(stats.get("hard").flags()).containsExactly(ItemFlag.TOO_HARD);
        // Nobody differs on "easy": no correlation can be computed, and none is made up.
        assertThat(stats.get("easy").discrimination()).isEmpty();
    }

    @Test
    void noDiscriminationUnderThreeStudents() {
        attempt(S1, "A", 2, 0, 1);
        attempt(S2, "A", 0, 0, 1);
        attempt(S1, "B", 2, 0, 1);
        assertThat(ItemStatistics.of(attempts).get("A").discrimination()).isEmpty();
    }
}
