package org.backproplab.exercise.grading;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.Op;
import org.backproplab.engine.Value;
import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;

/**
 * Reads a learner's numeric answer: plain numbers in any usual spelling (0.25, .25, 2.5e-1, 0,25,
 * −0.25 with a Unicode minus, digits of any script, full-width forms), fractions and simple
 * arithmetic (1/4, 0.5*(1-0.5)), with the engine's own expression language doing the arithmetic.
 * Anything else gets a message that says what is wrong; it is never graded.
 */
public final class AnswerParser {
    /**
     * The longest answer read. The field does not cut longer text itself (the learner would not see
     * that it did): the message says so instead.
     */
    public static final int MAX_LENGTH = 60;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\p{Nd}),(\\p{Nd})");
    static final String TOO_LARGE = "That number is too large to work with.";

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
            return error(tooLong(text, MAX_LENGTH));
        }
        text = halfWidth(text).replace('−', '-').replace('–', '-').replace('×', '*').replace('·', '*').replace('÷', '/')
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
            return error(e.tooLarge() ? TOO_LARGE : "That is not a number or a calculation we can read (" + e.problem() + ").");
        }
        if (!program.inputs().isEmpty()) {
            return error("Enter a number: '" + program.inputs().get(0) + "' is not one.");
        }
        try {
            return new Parsed(program.evaluate(Map.of()).output().data(), null);
        } catch (NonFiniteException e) {
            return error(whyNotFinite(e.node()));
        }
    }

    /**
     * Full-width forms (U+FF01–U+FF5E), which Chinese and Japanese input methods type, as the ASCII
     * characters they stand for: ０．２５ is 0.25.
     */
    private static String halfWidth(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> s.appendCodePoint(cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFF01 + '!' : cp));
        return s.toString();
    }

    /** The step that gave NaN or ±∞, in the learner's terms. */
    private static String whyNotFinite(Value step) {
        List<Value> in = step.inputs();
        boolean byZero = step.op() == Op.DIV && in.get(1).data() == 0
                || step.op() == Op.POW && in.get(0).data() == 0 && step.constant() < 0;
        if (byZero) {
            return "There is a division by zero in that calculation.";
        }
        if (step.op() == Op.LOG) {
            return "The log of 0 or of a negative number is not a number.";
        }
        if (step.op() == Op.SQRT) {
            return "The square root of a negative number is not a number.";
        }
        if (step.op() == Op.POW && Double.isNaN(step.data())) {
            return "A negative number to a fractional power is not a number.";
        }
        return Double.isInfinite(step.data()) ? TOO_LARGE : "That calculation does not give a number.";
    }

    /** The message for an answer longer than {@code max} characters, with its length. */
    static String tooLong(String text, int max) {
        return String.format(Locale.ENGLISH, "That answer is too long (%,d characters); an answer can have at most %d.",
                text.codePointCount(0, text.length()), max);
    }

    private static Parsed error(String message) {
        return new Parsed(Double.NaN, message);
    }
}
