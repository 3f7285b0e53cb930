package org.backproplab.exercise.practice;

import java.util.List;

/**
 * What the checks of one exercise in one quiz attempt found, oldest first: the mark of each (out of
 * its most after hints, as a fraction) and the mistakes named, each once.
 */
public record QuizChecks(List<Double> fractions, List<String> mistakeCodes) {

    public QuizChecks {
        fractions = List.copyOf(fractions);
        mistakeCodes = List.copyOf(mistakeCodes);
    }
}
