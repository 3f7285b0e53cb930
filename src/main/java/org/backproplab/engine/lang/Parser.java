package org.backproplab.engine.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of the expression language ({@code name = expression}) into a syntax tree by
 * recursive descent. The grammar, in docs/expression-language.md:
 *
 * <pre>
 * line    := name '=' expr
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := ('-' | '+') unary | power
 * power   := primary ('^' unary)?          right-associative; binds tighter than unary minus
 * primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 *
 * A digit is any Unicode decimal digit, read as its value ({@code ２} and {@code ٢} are 2): text
 * typed on a phone or with an input method is read as it looks, and no digit can slip past the
 * number rule into a library call that knows only ASCII.
 */
final class Parser {
    /** Brackets, signs and powers inside each other: deeper than any real formula, shallow enough for the stack. */
    static final int MAX_DEPTH = 100;
    /** Numbers, names and operators on one line: the tree is walked recursively, so it is kept small. */
    static final int MAX_NODES = 2000;

    /** Characters on one line, comments included: no formula is longer, and a number of a million digits is refused unread. */
    static final int MAX_LINE_LENGTH = 10_000;

    private final String text;
    private final int line;
    private int pos;
    private int depth;
    private int nodes;

    private Parser(String text, int line) {
        this.text = text;
        this.line = line;
    }

    /** @param nodes the numbers, names and operators of the line, which the program's size limit adds up */
    record Assignment(String name, Expr expr, int line, int column, int nodes) {
    }

    /** Parses a line that is not blank and not a comment; {@code #} comments are cut here. */
    static Assignment assignment(String rawLine, int line) throws ParseException {
        if (rawLine.length() > MAX_LINE_LENGTH) {
            throw new ParseException(line, 1, String.format(java.util.Locale.ENGLISH,
                    "the line is too long (%,d characters; at most %,d)", rawLine.length(), MAX_LINE_LENGTH));
        }
        int hash = rawLine.indexOf('#');
        String code = hash < 0 ? rawLine : rawLine.substring(0, hash);
        Parser p = new Parser(code, line);
        p.skipSpaces();
        int column = p.column();
        if (!p.atNameStart()) {
            throw p.error("expected a name to assign, such as y = ..., found " + p.describeHere());
        }
        String name = p.name();
        p.skipSpaces();
        if (!p.accept('=')) {
            throw p.error("expected '=' after '" + name + "', found " + p.describeHere());
        }
        Expr expr = p.expr();
        p.skipSpaces();
        if (!p.atEnd()) {
            boolean looksLikeAProduct = p.atNameStart() || p.peek() == '(' || p.atDigit();
            throw p.error("expected an operator or the end of the line, found " + p.describeHere()
                    + (looksLikeAProduct ? " (there is no implicit multiplication: write * between factors)" : ""));
        }
        return new Assignment(name, expr, line, column, p.nodes);
    }

    private Expr expr() throws ParseException {
        enter();
        Expr left = term();
        while (true) {
            skipSpaces();
            int c = column();
            if (accept('+')) {
                left = counted(new Expr.Binary('+', left, term(), line, c));
            } else if (accept('-')) {
                left = counted(new Expr.Binary('-', left, term(), line, c));
            } else {
                depth--;
                return left;
            }
        }
    }

    private Expr term() throws ParseException {
        Expr left = unary();
        while (true) {
            skipSpaces();
            int c = column();
            if (accept('*')) {
                left = counted(new Expr.Binary('*', left, unary(), line, c));
            } else if (accept('/')) {
                left = counted(new Expr.Binary('/', left, unary(), line, c));
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws ParseException {
        skipSpaces();
        int c = column();
        enter();
        Expr result;
        if (accept('-')) {
            result = counted(new Expr.Unary('-', unary(), line, c));
        } else if (accept('+')) {
            result = counted(new Expr.Unary('+', unary(), line, c));
        } else {
            result = power();
        }
        depth--;
        return result;
    }

    private Expr power() throws ParseException {
        Expr base = primary();
        skipSpaces();
        int c = column();
        if (accept('^')) {
            return counted(new Expr.Binary('^', base, unary(), line, c));
        }
        return base;
    }

    /** One level deeper; refused past {@link #MAX_DEPTH} with a message rather than a stack overflow. */
    private void enter() throws ParseException {
        if (++depth > MAX_DEPTH) {
            throw error("the expression is nested too deeply (at most " + MAX_DEPTH + " brackets, signs and powers inside each other)");
        }
    }

    private Expr counted(Expr e) throws ParseException {
        if (++nodes > MAX_NODES) {
            throw error("the line is too long to read (at most " + MAX_NODES + " numbers, names and operators)");
        }
        return e;
    }

    private Expr primary() throws ParseException {
        skipSpaces();
        int c = column();
        if (atEnd()) {
            throw error("expected a number, a name or '(' but the line ends");
        }
        if (atDigit() || peek() == '.' && digitAt(pos + 1) >= 0) {
            double value = number();
            if (atNameStart()) {
                throw error("expected an operator after the number, found " + describeHere()
                        + " (there is no implicit multiplication: write " + text.substring(start(c), pos) + "*"
                        + peekName() + ")");
            }
            return counted(new Expr.Num(value, line, c));
        }
        if (atNameStart()) {
            String name = name();
            skipSpaces();
            if (accept('(')) {
                List<Expr> args = new ArrayList<>();
                args.add(expr());
                skipSpaces();
                while (accept(',')) {
                    args.add(expr());
                    skipSpaces();
                }
                if (!accept(')')) {
                    throw error("expected ',' or ')' in the arguments of " + name + ", found " + describeHere());
                }
                return counted(new Expr.Call(name, args, line, c));
            }
            return counted(new Expr.Name(name, line, c));
        }
        if (accept('(')) {
            Expr inner = expr();
            skipSpaces();
            if (!accept(')')) {
                throw error("expected ')' to close the '(' at column " + c + ", found " + describeHere());
            }
            return inner;
        }
        throw error("expected a number, a name or '(', found " + describeHere());
    }

    // ---- characters -------------------------------------------------------------------------

    /**
     * Reads digits of any script as their values into an ASCII spelling, which Java's own
     * conversion (ASCII only) then turns into the nearest double.
     */
    private double number() throws ParseException {
        int start = pos;
        StringBuilder ascii = new StringBuilder();
        digits(ascii);
        if (!atEnd() && peek() == '.') {
            pos++;
            ascii.append('.');
            digits(ascii);
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = pos;
            int kept = ascii.length();
            pos++;
            ascii.append('e');
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                ascii.append(peek());
                pos++;
            }
            if (!atDigit()) {
                pos = mark; // not an exponent after all: "2e" followed by a name is caught by the caller
                ascii.setLength(kept);
            } else {
                digits(ascii);
            }
        }
        double value = Double.parseDouble(ascii.toString());
        if (!Double.isFinite(value)) {
            pos = start;
            throw ParseException.tooLarge(line, column(), "the number is too large");
        }
        return value;
    }

    private void digits(StringBuilder ascii) {
        int d;
        while ((d = digitAt(pos)) >= 0) {
            ascii.append((char) ('0' + d));
            pos += Character.charCount(text.codePointAt(pos));
        }
    }

    /** The value of the decimal digit (of any script) at index i, or −1 if there is none. */
    private int digitAt(int i) {
        if (i >= text.length()) {
            return -1;
        }
        int cp = text.codePointAt(i);
        return Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
    }

    private boolean atDigit() {
        return digitAt(pos) >= 0;
    }

    private String name() {
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) && peek() < 128 || peek() == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String peekName() {
        int save = pos;
        String n = name();
        pos = save;
        return n;
    }

    private boolean atNameStart() {
        if (atEnd()) {
            return false;
        }
        char ch = peek();
        return ch < 128 && Character.isLetter(ch) || ch == '_';
    }

    private boolean accept(char ch) {
        if (!atEnd() && peek() == ch) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private int column() {
        return pos + 1;
    }

    private int start(int column) {
        return column - 1;
    }

    private String describeHere() {
        if (atEnd()) {
            return "the end of the line";
        }
        if (atNameStart()) {
            return "name '" + peekName() + "'";
        }
        if (atDigit()) {
            return "a number";
        }
        int cp = text.codePointAt(pos);
        return visible(cp) ? "'" + Character.toString(cp) + "'" : String.format(java.util.Locale.ROOT, "the character U+%04X", cp);
    }

    /** Whether a character shows as itself in a message (not a control, format or blank character). */
    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private ParseException error(String problem) {
        return new ParseException(line, column(), problem);
    }
}
