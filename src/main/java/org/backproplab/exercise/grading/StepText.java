package org.backproplab.exercise.grading;

import java.util.List;
import java.util.stream.Collectors;

import org.backproplab.engine.Op;
import org.backproplab.engine.Value;
import org.backproplab.exercise.variant.WorkedSolution;

/**
 * Nodes of an exercise's graph written as the page shows its program ({@code a = sigmoid(z)},
 * {@code (t - a)^2}), so that feedback points at something the learner can find: an unnamed step
 * is written out down to the named values it is computed from, never shown as an op symbol.
 */
final class StepText {
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int SIGN = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private StepText() {
    }

    /** A node as it appears inside an expression: its name, a number, or its unnamed computation. */
    static String show(Value v) {
        if (v.name() != null) {
            return v.name();
        }
        return expression(v);
    }

    /** A node as a step of the program: {@code a = sigmoid(z)} for a named one, its computation otherwise. */
    static String step(Value v) {
        if (v.name() == null) {
            return expression(v);
        }
        if (v.op().isLeaf()) {
            return v.name();
        }
        return v.name() + " = " + expression(v);
    }

    /** The node's computation, with each input shown by {@link #show}. */
    static String expression(Value v) {
        List<Value> in = v.inputs();
        return switch (v.op()) {
            case CONSTANT -> number(v.data());
            case INPUT, PARAMETER -> v.name() == null ? number(v.data()) : v.name();
            case COPY -> show(in.get(0));
            case ADD -> operand(in.get(0), SUM) + " + " + operand(in.get(1), SUM);
            case SUB -> operand(in.get(0), SUM) + " - " + operand(in.get(1), SUM + 1);
            case MUL -> operand(in.get(0), PRODUCT) + " * " + operand(in.get(1), PRODUCT);
            case DIV -> operand(in.get(0), PRODUCT) + " / " + operand(in.get(1), PRODUCT + 1);
            case NEG -> "-" + operand(in.get(0), POWER);
            case POW -> operand(in.get(0), ATOM) + "^" + number(v.constant());
            case LEAKY_RELU -> "leaky_relu(" + show(in.get(0)) + ", " + number(v.constant()) + ")";
            default -> v.op().symbol() + "(" + in.stream().map(StepText::show).collect(Collectors.joining(", ")) + ")";
        };
    }

    /** An input inside an operator: bracketed when it binds less tightly than the operator needs. */
    private static String operand(Value v, int needed) {
        String text = show(v);
        return precedence(v) < needed ? "(" + text + ")" : text;
    }

    private static int precedence(Value v) {
        if (v.name() != null) {
            return ATOM;
        }
        return switch (v.op()) {
            case ADD, SUB -> SUM;
            case MUL, DIV -> PRODUCT;
            case NEG -> SIGN;
            case POW -> POWER;
            case CONSTANT -> v.data() < 0 ? SIGN : ATOM;
            default -> ATOM;
        };
    }

    /** A number as the page shows the learner's values: 0.5, 2, -1.462. */
    static String number(double x) {
        return WorkedSolution.number(x);
    }
}
