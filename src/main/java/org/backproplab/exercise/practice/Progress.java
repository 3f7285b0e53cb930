package org.backproplab.exercise.practice;

import java.time.Instant;

/** A learner's current variant of an exercise: its seed, the hints taken, whether the solution was shown. */
public record Progress(String exerciseId, long seed, int hintsUsed, boolean solutionSeen, Instant startedAt) {
}
