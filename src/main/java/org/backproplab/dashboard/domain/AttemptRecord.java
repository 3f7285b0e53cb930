package org.backproplab.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An attempt in full, for the teacher's drill-down: the variant's values, every part, hints, time.
 * {@code quizId} names the quiz it was checked in; null for practice.
 */
public record AttemptRecord(long id, String exerciseId, Map<String, Double> values, List<PartRecord> parts, double mark,
        double maxMark, int hintsUsed, boolean solutionSeen, long durationMs, Instant createdAt, String quizId) {

    public double fraction() {
        return maxMark > 0 ? mark / maxMark : 0;
    }
}
