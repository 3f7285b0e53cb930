package org.backproplab.exercise.model;

import java.util.Optional;

import org.backproplab.engine.lang.Evaluation;

/**
 * ∂of/∂wrt. {@code of} is the program's output unless the file names another node; the reader
 * fills it in, so it is never missing.
 */
public record GradientPart(String id, String prompt, String of, String wrt, Checks checks, int line) implements NumericPart {
    @Override
    public double answer(Evaluation e) {
        return NumericPart.gradient(e, of, wrt);
    }

    /** Whether this is a gradient of the whole computation's output (the loss), not of a node inside it. */
    public boolean ofOutput(Evaluation e) {
        return e.output().name().equals(of);
    }

    @Override
    public Optional<Derivative> derivative() {
        return Optional.of(new Derivative(of, wrt));
    }
}
