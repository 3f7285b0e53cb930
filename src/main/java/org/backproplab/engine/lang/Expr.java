package org.backproplab.engine.lang;

import java.util.List;

/** The syntax tree of one expression; each node remembers where it was written. */
sealed interface Expr {
    int line();

    int column();

    record Num(double value, int line, int column) implements Expr {
    }

    record Name(String name, int line, int column) implements Expr {
    }

    record Unary(char op, Expr operand, int line, int column) implements Expr {
    }

    record Binary(char op, Expr left, Expr right, int line, int column) implements Expr {
    }

    record Call(String function, List<Expr> args, int line, int column) implements Expr {
    }

    /** Whether an expression is made of numbers only (no names, no calls). */
    static boolean isConstant(Expr e) {
        if (e instanceof Num) {
            return true;
        }
        if (e instanceof Unary u) {
            return isConstant(u.operand());
        }
        return e instanceof Binary b && isConstant(b.left()) && isConstant(b.right());
    }

    /** The value of an expression made of numbers only (an exponent, a slope), or NaN if it has names. */
    static double constantValue(Expr e) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Unary u) {
            double x = constantValue(u.operand());
            return u.op() == '-' ? -x : x;
        }
        if (e instanceof Binary b) {
            double l = constantValue(b.left());
            double r = constantValue(b.right());
            return switch (b.op()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                default -> Math.pow(l, r);
            };
        }
        return Double.NaN; // a name or a call
    }
}
