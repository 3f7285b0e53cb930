package org.backproplab.exercise.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A graded submission, as stored: what was asked (seed, values, file hash), and part by part what
 * was answered and found.
 */
public record Attempt(long id, String exerciseId, long seed, String sourceHash, Map<String, Double> params,
        List<AttemptPart> parts, double mark, double maxMark, int hintsUsed, boolean solutionSeen, long durationMs,
        Instant createdAt) {

    /** The mistakes recognised, each once, in the order of the parts. */
    public List<String> mistakeCodes() {
        return parts.stream().map(AttemptPart::mistakeCode).filter(Objects::nonNull).distinct().toList();
    }
}
