package org.backproplab.exercise.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A graded submission, as stored: what was asked (seed, values, file hash), answered and found. */
public record Attempt(long id, String exerciseId, long seed, String sourceHash, Map<String, Double> params,
        Map<String, String> answers, Map<String, String> results, double mark, double maxMark, List<String> mistakeCodes,
        int hintsUsed, boolean solutionSeen, long durationMs, Instant createdAt) {
}
