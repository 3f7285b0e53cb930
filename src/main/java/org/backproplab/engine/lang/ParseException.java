package org.backproplab.engine.lang;

/** A mistake in a program of the expression language, at a 1-based line and column. */
public class ParseException extends Exception {
    private final int line;
    private final int column;
    private final String problem;

    ParseException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
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
