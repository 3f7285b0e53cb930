package org.backproplab.exercise.practice;

import java.time.Instant;

/**
 * A learner's current variant of an exercise: the seed its numbers are drawn from, the hints taken
 * on it and whether its worked solution was shown.
 */
public record CurrentVariant(String exerciseId, long seed, int hintsUsed, boolean solutionSeen, Instant startedAt) {
}
