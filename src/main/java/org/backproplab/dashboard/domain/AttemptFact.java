package org.backproplab.dashboard.domain;

import java.time.Instant;
import java.util.UUID;

/** One graded practice attempt, as the statistics read it: who, which exercise, what mark, when. */
public record AttemptFact(long attemptId, UUID learnerId, String exerciseId, double mark, double maxMark, int hintsUsed,
        boolean solutionSeen, long durationMs, Instant createdAt) {

    /** The mark as a share of the maximum, 0–1 (an exercise worth nothing counts as 0). */
    public double fraction() {
        return maxMark > 0 ? mark / maxMark : 0;
    }
}
