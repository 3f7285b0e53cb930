package org.backproplab.exercise.variant;

import java.util.Map;

import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Exercise;

/**
 * One learner's version of an exercise: the values drawn for a seed, and every part's reference
 * answer computed by the engine. The evaluation holds the graph after a backward pass from the
 * output, for the worked solution.
 */
public record Variant(Exercise exercise, long seed, Map<String, Double> params, Map<String, Object> answers,
        Evaluation evaluation) {

    public Object answer(String partId) {
        return answers.get(partId);
    }
}
