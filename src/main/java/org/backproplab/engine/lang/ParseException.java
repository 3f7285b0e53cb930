package org.backproplab.engine.lang;

/** A mistake in a program of the expression language, at a 1-based line and column. */
public class ParseException extends Exception {
    private final int line;
    private final int column;
    private final String problem;
    private final boolean tooLarge;

    ParseException(int line, int column, String problem) {
        this(line, column, problem, false);
    }

    private ParseException(int line, int column, String problem, boolean tooLarge) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.tooLarge = tooLarge;
    }

    /** A number (or a constant exponent) beyond the range of a double: a learner is told just that. */
    static ParseException tooLarge(int line, int column, String problem) {
        return new ParseException(line, column, problem, true);
    }

    /** Whether the text is well formed but holds a number too large to work with. */
    public boolean tooLarge() {
        return tooLarge;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position. */
    public String problem() {
        return problem;
    }
}
