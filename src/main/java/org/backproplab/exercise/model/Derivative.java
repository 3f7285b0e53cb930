package org.backproplab.exercise.model;

/** ∂of/∂wrt, named as the program names its nodes: what a gradient or update part asks the learner to work out. */
public record Derivative(String of, String wrt) {
}
