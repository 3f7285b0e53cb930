package org.backproplab.exercise.model;

import java.util.Map;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;

/**
 * A condition on a variant, written {@code left OP right} with OP one of {@code < <= > >= == !=}
 * and each side an expression over the exercise's names, e.g. {@code z != 0} or {@code a*b > 0.1}.
 */
public record Constraint(String text, String left, String op, String right, int line) {
    private static final String[] OPS = {"<=", ">=", "!=", "==", "<", ">"};

    public static Constraint parse(String text, int line) {
        for (String op : OPS) {
            int at = text.indexOf(op);
            if (at > 0) {
                return new Constraint(text, text.substring(0, at).strip(), op, text.substring(at + op.length()).strip(), line);
            }
        }
        throw new IllegalArgumentException("a constraint compares two expressions with <, <=, >, >=, == or !=");
    }

    /** A program that computes both sides after the exercise's own lines. */
    public Program program(String exerciseProgram) throws ParseException {
        return Program.parse(exerciseProgram + "\n__left = " + left + "\n__right = " + right);
    }

    public boolean holds(Program program, Map<String, Double> values) {
        try {
            var e = program.evaluate(values);
            double l = e.node("__left").data();
            double r = e.node("__right").data();
            return switch (op) {
                case "<" -> l < r;
                case "<=" -> l <= r;
                case ">" -> l > r;
                case ">=" -> l >= r;
                case "==" -> l == r;
                default -> l != r;
            };
        } catch (NonFiniteException e) {
            return false;
        }
    }
}
