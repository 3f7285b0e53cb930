package org.backproplab.exercise.model;

import java.util.Optional;

import org.backproplab.engine.lang.Evaluation;

/** The forward value of a named node. */
public record ValuePart(String id, String prompt, String node, Checks checks, int line) implements NumericPart {
    @Override
    public double answer(Evaluation e) {
        return e.node(node).data();
    }

    @Override
    public Optional<Derivative> derivative() {
        return Optional.empty();
    }
}
