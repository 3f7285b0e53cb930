package org.backproplab.engine.network;

/** The learning rate at each step (counting from 0). */
@FunctionalInterface
public interface LearningRate {
    double at(int step);

    static LearningRate constant(double rate) {
        return step -> rate;
    }

    /** rate × factor^⌊step / every⌋: drops by a factor every so many steps. */
    static LearningRate stepDecay(double rate, double factor, int every) {
        return step -> rate * Math.pow(factor, step / every);
    }

    /** From {@code start} to {@code end} in a straight line over {@code steps} steps, then {@code end}. */
    static LearningRate linearDecay(double start, double end, int steps) {
        return step -> step >= steps ? end : start - (start - end) * step / steps;
    }
}
