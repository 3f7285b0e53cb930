package org.backproplab.exercise.model;

import java.util.Optional;

import org.backproplab.engine.lang.Evaluation;

/** {@code param − rate · ∂loss/∂param}: the parameter after one gradient-descent step on the output {@code loss}. */
public record UpdatePart(String id, String prompt, String param, double rate, String loss, Checks checks, int line) implements NumericPart {
    @Override
    public double answer(Evaluation e) {
        return step(e, NumericPart.gradient(e, loss, param));
    }

    /** The updated parameter for a given gradient: shared by the answer and by the mistakes made with it. */
    public double step(Evaluation e, double gradient) {
        return e.node(param).data() - rate * gradient;
    }

    @Override
    public Optional<Derivative> derivative() {
        return Optional.of(new Derivative(loss, param));
    }
}
