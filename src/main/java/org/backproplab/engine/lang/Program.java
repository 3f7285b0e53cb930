package org.backproplab.engine.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Op;
import org.backproplab.engine.Value;

/**
 * A program of the expression language: one assignment per line; names never assigned are inputs;
 * the last assigned name is the output. Parsing checks everything that can be checked without
 * numbers; {@link #evaluate} builds the computational graph for given input values.
 */
public final class Program {
    /** The ops a program can call by name: every op of the form {@link Op.Form#FUNCTION}, in the order of {@link Op}. */
    private static final Map<String, Op> CALLABLE = callable();
    /** The functions of the language and how many arguments each takes. */
    public static final Map<String, Integer> FUNCTIONS = functions();

    /** Lines that assign a name: a program is a formula or a small network, not a data file. */
    public static final int MAX_LINES = 1_000;
    /** Numbers, names and operators in the whole program: bounds the time to check it and draw its variants. */
    public static final int MAX_NODES = 20_000;

    private final List<Parser.Assignment> assignments;
    private final List<String> inputs;

    private Program(List<Parser.Assignment> assignments, List<String> inputs) {
        this.assignments = assignments;
        this.inputs = inputs;
    }

    public static Program parse(String text) throws ParseException {
        List<Parser.Assignment> assignments = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int nodes = 0;
        for (int i = 0; i < lines.length; i++) {
            String code = stripComment(lines[i]);
            if (!code.isBlank()) {
                if (assignments.size() == MAX_LINES) {
                    throw new ParseException(i + 1, 1, String.format(Locale.ENGLISH,
                            "the program is too long (at most %,d lines that assign a name)", MAX_LINES));
                }
                var assignment = Parser.assignment(lines[i], i + 1);
                nodes += assignment.nodes();
                if (nodes > MAX_NODES) {
                    throw new ParseException(i + 1, 1, String.format(Locale.ENGLISH,
                            "the program is too large (more than %,d numbers, names and operators in all)", MAX_NODES));
                }
                assignments.add(assignment);
            }
        }
        if (assignments.isEmpty()) {
            throw new ParseException(1, 1, "the program assigns nothing: write at least one line such as y = x * w");
        }
        return new Program(assignments, check(assignments));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Names assigned twice, used before their assignment, or misused functions; returns the inputs. */
    private static List<String> check(List<Parser.Assignment> assignments) throws ParseException {
        Map<String, Integer> assignedOn = new HashMap<>();
        for (Parser.Assignment a : assignments) {
            if (FUNCTIONS.containsKey(a.name())) {
                throw new ParseException(a.line(), a.column(), "'" + a.name() + "' is a function and cannot be assigned");
            }
            Integer first = assignedOn.putIfAbsent(a.name(), a.line());
            if (first != null) {
                throw new ParseException(a.line(), a.column(), "'" + a.name() + "' is assigned twice (first on line " + first + ")");
            }
        }
        Set<String> inputs = new LinkedHashSet<>();
        Set<String> known = new HashSet<>();
        for (Parser.Assignment a : assignments) {
            checkExpr(a.expr(), known, assignedOn, inputs);
            known.add(a.name());
        }
        return List.copyOf(inputs);
    }

    private static void checkExpr(Expr e, Set<String> known, Map<String, Integer> assignedOn, Set<String> inputs)
            throws ParseException {
        if (e instanceof Expr.Name n) {
            if (FUNCTIONS.containsKey(n.name())) {
                throw new ParseException(n.line(), n.column(), "'" + n.name() + "' is a function: write " + n.name() + "(...)");
            }
            if (!known.contains(n.name())) {
                Integer later = assignedOn.get(n.name());
                if (later != null) {
                    throw new ParseException(n.line(), n.column(),
                            "'" + n.name() + "' is used before it is assigned (on line " + later + ")");
                }
                inputs.add(n.name());
            }
        } else if (e instanceof Expr.Unary u) {
            checkExpr(u.operand(), known, assignedOn, inputs);
        } else if (e instanceof Expr.Binary b) {
            checkExpr(b.left(), known, assignedOn, inputs);
            if (b.op() == '^') {
                requireConstant(b.right(), "the exponent must be a number (x^n with a variable n is not supported)");
            } else {
                checkExpr(b.right(), known, assignedOn, inputs);
            }
        } else if (e instanceof Expr.Call c) {
            Integer arity = FUNCTIONS.get(c.function());
            if (arity == null) {
                throw new ParseException(c.line(), c.column(), "unknown function '" + c.function()
                        + "'; the functions are " + String.join(", ", FUNCTIONS.keySet()));
            }
            if (c.args().size() != arity) {
                throw new ParseException(c.line(), c.column(), "'" + c.function() + "' takes " + arity
                        + (arity == 1 ? " argument" : " arguments") + ", found " + c.args().size());
            }
            Op op = CALLABLE.get(c.function());
            for (int i = 0; i < op.arity(); i++) {
                checkExpr(c.args().get(i), known, assignedOn, inputs);
            }
            if (op.constantName() != null) {
                requireConstant(c.args().get(op.arity()),
                        "the " + op.constantName() + " of " + c.function() + " must be a number");
            }
        }
    }

    private static void requireConstant(Expr e, String problem) throws ParseException {
        if (!Expr.isConstant(e)) {
            throw new ParseException(e.line(), e.column(), problem);
        }
        double value = Expr.constantValue(e);
        if (Double.isInfinite(value)) {
            throw ParseException.tooLarge(e.line(), e.column(), "the number is too large");
        }
        if (Double.isNaN(value)) {
            throw new ParseException(e.line(), e.column(), "this number does not work out (0/0 or a root of a negative number?)");
        }
    }

    /** Names that are never assigned, in order of first use: their values come from outside. */
    public List<String> inputs() {
        return inputs;
    }

    /** Assigned names in the order of their lines. */
    public List<String> assigned() {
        return assignments.stream().map(Parser.Assignment::name).toList();
    }

    /** The last assigned name. */
    public String output() {
        return assignments.get(assignments.size() - 1).name();
    }

    /** The line on which a name is assigned, or −1. */
    public int lineOf(String name) {
        return assignments.stream().filter(a -> a.name().equals(name)).mapToInt(Parser.Assignment::line).findFirst().orElse(-1);
    }

    /**
     * Builds and computes the graph. Every input needs a value.
     *
     * @throws IllegalArgumentException an input has no value
     * @throws NonFiniteException a step gives NaN or ±∞ (the message names it)
     */
    public Evaluation evaluate(Map<String, Double> values) {
        List<String> missing = inputs.stream().filter(n -> !values.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value given for " + String.join(", ", missing));
        }
        Graph graph = new Graph();
        Map<String, Value> named = new LinkedHashMap<>();
        for (String input : inputs) {
            named.put(input, graph.input(input, values.get(input)));
        }
        for (Parser.Assignment a : assignments) {
            named.put(a.name(), graph.named(a.name(), build(graph, a.expr(), named)));
        }
        return new Evaluation(graph, Collections.unmodifiableMap(named), named.get(output()));
    }

    private static Value build(Graph g, Expr e, Map<String, Value> named) {
        if (e instanceof Expr.Num n) {
            return g.constant(n.value());
        }
        if (e instanceof Expr.Name n) {
            return named.get(n.name());
        }
        if (e instanceof Expr.Unary u) {
            Value x = build(g, u.operand(), named);
            return u.op() == '-' ? g.neg(x) : x;
        }
        if (e instanceof Expr.Binary b) {
            Value l = build(g, b.left(), named);
            if (b.op() == '^') {
                return g.pow(l, Expr.constantValue(b.right()));
            }
            Value r = build(g, b.right(), named);
            return switch (b.op()) {
                case '+' -> g.add(l, r);
                case '-' -> g.sub(l, r);
                case '*' -> g.mul(l, r);
                default -> g.div(l, r);
            };
        }
        Expr.Call c = (Expr.Call) e;
        Op op = CALLABLE.get(c.function());
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < op.arity(); i++) {
            args.add(build(g, c.args().get(i), named));
        }
        double constant = op.constantName() == null ? 0.0 : Expr.constantValue(c.args().get(op.arity()));
        return g.apply(op, args, constant);
    }

    private static Map<String, Op> callable() {
        Map<String, Op> ops = new LinkedHashMap<>();
        for (Op op : Op.values()) {
            if (op.form() == Op.Form.FUNCTION) {
                if (op.arity() < 1) {
                    throw new IllegalStateException(op + ": a function of the language takes a fixed number of inputs");
                }
                ops.put(op.symbol(), op);
            }
        }
        return Collections.unmodifiableMap(ops);
    }

    /** A call's arguments are the op's inputs, then its constant if it has one. */
    private static Map<String, Integer> functions() {
        Map<String, Integer> f = new LinkedHashMap<>();
        CALLABLE.forEach((name, op) -> f.put(name, op.arity() + (op.constantName() == null ? 0 : 1)));
        return Collections.unmodifiableMap(f);
    }
}
