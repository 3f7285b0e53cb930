package org.backproplab.exercise.model;

import java.util.List;

/**
 * One thing an exercise asks, with the author's id (such as {@code dE/dw5}).
 *
 * @param kind    what is asked
 * @param of      for a gradient: the node differentiated (default: the graph's output)
 * @param wrt     for a gradient: with respect to this name; for an update: the parameter updated
 * @param node    for a value: the node whose forward value is asked
 * @param rate    for an update: the learning rate
 * @param options for a choice: the options in the order shown
 * @param accepted for a choice: the correct option; for a text answer: every accepted answer
 */
public record Part(String id, Kind kind, String prompt, String of, String wrt, String node, double rate,
        List<String> options, List<String> accepted, int line) {

    public enum Kind {
        /** ∂of/∂wrt. */
        GRADIENT,
        /** The forward value of a node. */
        VALUE,
        /** wrt − rate · ∂output/∂wrt: the parameter after one gradient-descent step. */
        UPDATE,
        /** One of several options. */
        CHOICE,
        /** A short text, graded against a list of accepted answers (case and spacing ignored). */
        TEXT;

        public boolean isNumeric() {
            return this == GRADIENT || this == VALUE || this == UPDATE;
        }
    }
}
