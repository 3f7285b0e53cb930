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
 */
final class Parser {
    private final String text;
    private final int line;
    private int pos;

    private Parser(String text, int line) {
        this.text = text;
        this.line = line;
    }

    record Assignment(String name, Expr expr, int line, int column) {
    }

    /** Parses a line that is not blank and not a comment; {@code #} comments are cut here. */
    static Assignment assignment(String rawLine, int line) throws ParseException {
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
            boolean looksLikeAProduct = p.atNameStart() || p.peek() == '(' || Character.isDigit(p.peek());
            throw p.error("expected an operator or the end of the line, found " + p.describeHere()
                    + (looksLikeAProduct ? " (there is no implicit multiplication: write * between factors)" : ""));
        }
        return new Assignment(name, expr, line, column);
    }

    private Expr expr() throws ParseException {
        Expr left = term();
        while (true) {
            skipSpaces();
            int c = column();
            if (accept('+')) {
                left = new Expr.Binary('+', left, term(), line, c);
            } else if (accept('-')) {
                left = new Expr.Binary('-', left, term(), line, c);
            } else {
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
                left = new Expr.Binary('*', left, unary(), line, c);
            } else if (accept('/')) {
                left = new Expr.Binary('/', left, unary(), line, c);
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws ParseException {
        skipSpaces();
        int c = column();
        if (accept('-')) {
            return new Expr.Unary('-', unary(), line, c);
        }
        if (accept('+')) {
            return new Expr.Unary('+', unary(), line, c);
        }
        return power();
    }

    private Expr power() throws ParseException {
        Expr base = primary();
        skipSpaces();
        int c = column();
        if (accept('^')) {
            return new Expr.Binary('^', base, unary(), line, c);
        }
        return base;
    }

    private Expr primary() throws ParseException {
        skipSpaces();
        int c = column();
        if (atEnd()) {
            throw error("expected a number, a name or '(' but the line ends");
        }
        char ch = peek();
        if (Character.isDigit(ch) || ch == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            double value = number();
            if (atNameStart()) {
                throw error("expected an operator after the number, found " + describeHere()
                        + " (there is no implicit multiplication: write " + text.substring(start(c), pos) + "*"
                        + peekName() + ")");
            }
            return new Expr.Num(value, line, c);
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
                return new Expr.Call(name, args, line, c);
            }
            return new Expr.Name(name, line, c);
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

    private double number() throws ParseException {
        int start = pos;
        while (!atEnd() && Character.isDigit(peek())) {
            pos++;
        }
        if (!atEnd() && peek() == '.') {
            pos++;
            while (!atEnd() && Character.isDigit(peek())) {
                pos++;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = pos;
            pos++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (atEnd() || !Character.isDigit(peek())) {
                pos = mark; // not an exponent after all: "2e" followed by a name is caught by the caller
            } else {
                while (!atEnd() && Character.isDigit(peek())) {
                    pos++;
                }
            }
        }
        double value = Double.parseDouble(text.substring(start, pos));
        if (!Double.isFinite(value)) {
            pos = start;
            throw error("the number is too large");
        }
        return value;
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
        char ch = peek();
        if (Character.isDigit(ch)) {
            return "a number";
        }
        return "'" + ch + "'";
    }

    private ParseException error(String problem) {
        return new ParseException(line, column(), problem);
    }
}
