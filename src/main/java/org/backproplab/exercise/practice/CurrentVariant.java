package org.backproplab.exercise.practice;

import java.time.Instant;

/**
 * A learner's current variant of an exercise: the seed its numbers are drawn from, the hints taken
 * on it, whether its worked solution was shown, and the best mark earned on it so far (0 before
 * any), which stands whatever hints or solution come later.
 */
public record CurrentVariant(String exerciseId, long seed, int hintsUsed, boolean solutionSeen, Instant startedAt,
        double bestMark) {

    /** A variant nothing was done with yet. */
    public static CurrentVariant fresh(String exerciseId, long seed, Instant startedAt) {
        return new CurrentVariant(exerciseId, seed, 0, false, startedAt, 0);
    }

    public CurrentVariant withHintsUsed(int hints) {
        return new CurrentVariant(exerciseId, seed, hints, solutionSeen, startedAt, bestMark);
    }

    public CurrentVariant withSolutionSeen() {
        return new CurrentVariant(exerciseId, seed, hintsUsed, true, startedAt, bestMark);
    }

    public CurrentVariant withBestMark(double best) {
        return new CurrentVariant(exerciseId, seed, hintsUsed, solutionSeen, startedAt, best);
    }

    CurrentVariant withSeed(long drawn) {
        return new CurrentVariant(exerciseId, drawn, hintsUsed, solutionSeen, startedAt, bestMark);
    }
}
