package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarkingPolicyTest {
    // Two hints: the first costs the default 0.2, the second half the marks.
    private static final String TWO_HINTS = """
            id: concept
            title: t
            topics: [chain-rule]
            difficulty: 1
            kind: concept
            hints: [a hint, {text: another, cost: 0.5}]
            parts:
              - {id: dir, ask: choice, options: [Forward, Backward], answer: Backward}
            """;

    @Test
    void eachHintCostsItsShareAndTheMaximumNeverGoesBelowZero() throws Exception {
        var exercise = GraderTest.variant(TWO_HINTS).exercise();
        assertThat(MarkingPolicy.maxMark(exercise, 0)).isEqualTo(1.0);
        assertThat(MarkingPolicy.maxMark(exercise, 1)).isCloseTo(0.8, within(1e-12));
        assertThat(MarkingPolicy.maxMark(exercise, 2)).isCloseTo(0.3, within(1e-12));
        assertThat(MarkingPolicy.maxMark(exercise, 5)).as("hints the exercise does not have cost nothing")
                .isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aSeenSolutionEndsTheMarksOfItsVariant() throws Exception {
        var exercise = GraderTest.variant(TWO_HINTS).exercise();
        assertThat(MarkingPolicy.maxMark(exercise, 0, true)).isZero();
        assertThat(MarkingPolicy.maxMark(exercise, 1, false)).isCloseTo(0.8, within(1e-12));
        assertThat(MarkingPolicy.counted(0.8, true)).isZero();
        assertThat(MarkingPolicy.counted(0.8, false)).isEqualTo(0.8);
    }

    @Test
    void masteryIsFullMarksUpToRounding() {
        assertThat(MarkingPolicy.mastered(1.0 / 3 + 1.0 / 3 + 1.0 / 3)).isTrue();
        assertThat(MarkingPolicy.mastered(0.9999999)).isTrue();
        assertThat(MarkingPolicy.mastered(0.8)).isFalse();
    }
}
