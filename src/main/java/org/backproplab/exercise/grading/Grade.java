package org.backproplab.exercise.grading;

import java.util.List;
import java.util.Map;

/**
 * The result of submitting answers. When any answer cannot be read, {@code invalid} says why for
 * each such part and nothing was graded: it does not count as an attempt.
 */
public record Grade(List<PartResult> parts, Map<String, String> invalid, double mark, double maxMark) {

    public boolean isAttempt() {
        return invalid.isEmpty();
    }

    public boolean allCorrect() {
        return isAttempt() && parts.stream().allMatch(PartResult::counts);
    }

    public List<String> mistakeCodes() {
        return parts.stream().filter(p -> p.mistake() != null).map(p -> p.mistake().code()).distinct().toList();
    }
}
