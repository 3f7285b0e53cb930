package org.backproplab.engine;

/**
 * An operation produced NaN or ±∞. The engine never lets such a number pass silently: the message
 * names the node, its op and its inputs, so a learner or an author sees where it happened.
 */
public class NonFiniteException extends ArithmeticException {
    private final transient Value node;

    public NonFiniteException(String message, Value node) {
        super(message);
        this.node = node;
    }

    /** The node that could not be computed. */
    public Value node() {
        return node;
    }
}
