package org.backproplab.exercise.variant;

import java.util.Map;

import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Exercise;

/**
 * One learner's version of an exercise: the values drawn for a seed, and every part's reference
 * answer computed by the engine. Nothing mutable is kept: whoever needs the graph (grading, the
 * worked solution) evaluates the program afresh with {@link #evaluate()}.
 */
public record Variant(Exercise exercise, long seed, Map<String, Double> params, Map<String, Object> answers) {

    public Variant {
        params = Map.copyOf(params);
        answers = Map.copyOf(answers);
    }

    public Object answer(String partId) {
        return answers.get(partId);
    }

    /** A fresh evaluation of the exercise's program on these values; only for exercises with a program. */
    public Evaluation evaluate() {
        if (exercise.program() == null) {
            throw new IllegalStateException(exercise.id() + " has no computation to evaluate");
        }
        return exercise.program().evaluate(params);
    }

    public boolean hasComputation() {
        return exercise.program() != null;
    }
}
