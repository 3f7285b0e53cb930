package org.backproplab.exercise.grading;

import java.util.regex.Pattern;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;

/**
 * Reads a learner's numeric answer: plain numbers in any usual spelling (0.25, .25, 2.5e-1, 0,25,
 * −0.25 with a Unicode minus), fractions and simple arithmetic (1/4, 0.5*(1-0.5)), with the
 * engine's own expression language doing the arithmetic. Anything else gets a message that says
 * what is wrong; it is never graded.
 */
public final class AnswerParser {
    public static final int MAX_LENGTH = 60;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");

    private AnswerParser() {
    }

    /** A number, or the reason the text is not one. */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return error("Enter a number.");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            return error("That is too long for an answer: at most " + MAX_LENGTH + " characters.");
        }
        text = text.replace('−', '-').replace('–', '-').replace('×', '*').replace('·', '*').replace('÷', '/')
                .replace('\u00a0', ' ');
        if (!text.matches(".*[A-Za-z(].*") || !text.contains("(")) {
            text = DECIMAL_COMMA.matcher(text).replaceAll("$1.$2"); // 0,25 is a decimal comma
        }
        if (text.contains("#") || text.contains("=") || text.contains("\n")) {
            return error("Enter a number or a short calculation such as 1/4.");
        }
        Program program;
        try {
            program = Program.parse("answer = " + text);
        } catch (ParseException e) {
            return error("That is not a number or a calculation we can read (" + e.problem() + ").");
        }
        if (!program.inputs().isEmpty()) {
            return error("Enter a number: '" + program.inputs().get(0) + "' is not one.");
        }
        try {
            return new Parsed(program.evaluate(java.util.Map.of()).output().data(), null);
        } catch (NonFiniteException e) {
            return error("That calculation does not give a finite number (a division by zero?).");
        }
    }

    private static Parsed error(String message) {
        return new Parsed(Double.NaN, message);
    }
}
