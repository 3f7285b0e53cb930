package org.backproplab.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A computational graph recorded on a tape in creation order. Because a node's inputs are always
 * created before it, walking the tape backwards is a valid backward order: no topological sort and
 * no hash-based visited set are needed, and results are the same bit for bit on every run.
 */
public final class Graph {
    private final List<Value> tape = new ArrayList<>();
    /**
     * Nodes walked by reachability passes, counted so that a test can prove them linear: the
     * recursive search they replaced took about 8 times longer per dense layer of 8 units.
     */
    long reachVisits;

    // ---- leaves -------------------------------------------------------------------------------

    public Value constant(double value) {
        return leaf(null, Op.CONSTANT, value);
    }

    /** A named leaf whose value comes from outside (an input, a weight, a target). */
    public Value input(String name, double value) {
        return leaf(name, Op.INPUT, value);
    }

    /** A named leaf that training changes (a weight, a bias); gradients are usually wanted for these. */
    public Value parameter(String name, double value) {
        return leaf(name, Op.PARAMETER, value);
    }

    private Value leaf(String name, Op op, double value) {
        Value v = new Value(this, tape.size(), name, op, new Value[0], 0.0, value);
        check(v);
        tape.add(v);
        return v;
    }

    // ---- operations ---------------------------------------------------------------------------

    public Value add(Value a, Value b) {
        return make(Op.ADD, a, b);
    }

    public Value sub(Value a, Value b) {
        return make(Op.SUB, a, b);
    }

    public Value mul(Value a, Value b) {
        return make(Op.MUL, a, b);
    }

    public Value div(Value a, Value b) {
        return make(Op.DIV, a, b);
    }

    public Value neg(Value a) {
        return make(Op.NEG, a);
    }

    public Value pow(Value a, double exponent) {
        return make(null, Op.POW, exponent, a);
    }

    public Value exp(Value a) {
        return make(Op.EXP, a);
    }

    public Value log(Value a) {
        return make(Op.LOG, a);
    }

    public Value sqrt(Value a) {
        return make(Op.SQRT, a);
    }

    public Value abs(Value a) {
        return make(Op.ABS, a);
    }

    public Value tanh(Value a) {
        return make(Op.TANH, a);
    }

    public Value sigmoid(Value a) {
        return make(Op.SIGMOID, a);
    }

    public Value relu(Value a) {
        return make(Op.RELU, a);
    }

    public Value leakyRelu(Value a, double slope) {
        return make(null, Op.LEAKY_RELU, slope, a);
    }

    public Value softplus(Value a) {
        return make(Op.SOFTPLUS, a);
    }

    public Value max(Value a, Value b) {
        return make(Op.MAX, a, b);
    }

    /** log Σ e^xᵢ, computed stably. */
    public Value logSumExp(List<Value> xs) {
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("logsumexp needs at least one input");
        }
        return make(null, Op.LOG_SUM_EXP, 0.0, xs.toArray(Value[]::new));
    }

    /**
     * A node of any computed op, as the expression language builds a call from its op table.
     * {@code constant} is the op's {@link Op#constantName() constant} (a slope), 0 for an op without one.
     */
    public Value apply(Op op, List<Value> inputs, double constant) {
        if (op.isLeaf()) {
            throw new IllegalArgumentException(op.symbol() + " is a leaf: use constant, input or parameter");
        }
        if (op.arity() < 0 ? inputs.isEmpty() : inputs.size() != op.arity()) {
            throw new IllegalArgumentException(op.symbol() + " takes " + (op.arity() < 0 ? "at least 1" : op.arity())
                    + " inputs, given " + inputs.size());
        }
        if (op.constantName() == null && constant != 0) {
            throw new IllegalArgumentException(op.symbol() + " has no constant, given " + format(constant));
        }
        return make(null, op, constant, inputs.toArray(Value[]::new));
    }

    /** A new node that carries {@code a}'s value under another name (for {@code y = x}). */
    public Value copy(String name, Value a) {
        return make(name, Op.COPY, 0.0, a);
    }

    /** Sum of several values, left to right (a chain of + nodes). */
    public Value sum(List<Value> xs) {
        Value total = xs.get(0);
        for (int i = 1; i < xs.size(); i++) {
            total = add(total, xs.get(i));
        }
        return total;
    }

    /**
     * Gives an unnamed computed node an author's name; a leaf or an already named node gets a named
     * copy instead, so that every name labels exactly one node.
     */
    public Value named(String name, Value v) {
        if (v.name() != null || v.op().isLeaf()) {
            return copy(name, v);
        }
        v.name = name;
        return v;
    }

    private Value make(Op op, Value... inputs) {
        return make(null, op, 0.0, inputs);
    }

    private Value make(String name, Op op, double constant, Value... inputs) {
        for (Value in : inputs) {
            if (in.graph() != this) {
                throw new IllegalArgumentException("Value " + in.label() + " belongs to another graph");
            }
        }
        Value v = new Value(this, tape.size(), name, op, inputs, constant, 0.0);
        v.data = op.forward(inputs, constant);
        check(v);
        tape.add(v);
        return v;
    }

    // ---- passes -------------------------------------------------------------------------------

    /** Every node in creation order. */
    public List<Value> nodes() {
        return Collections.unmodifiableList(tape);
    }

    /** The node with this author's name, if any. */
    public Value node(String name) {
        for (Value v : tape) {
            if (name.equals(v.name())) {
                return v;
            }
        }
        return null;
    }

    /** Sets a leaf's value; call {@link #forward()} to recompute what depends on it. */
    public void set(Value leaf, double value) {
        if (!leaf.op().isLeaf()) {
            throw new IllegalArgumentException(leaf.label() + " is computed, not given");
        }
        leaf.data = value;
        check(leaf);
    }

    /** Recomputes every node from the leaves, in tape order. */
    public void forward() {
        for (Value v : tape) {
            if (!v.op().isLeaf()) {
                v.data = v.op().forward(v.inputArray(), v.constant());
                check(v);
            }
        }
    }

    /**
     * Recomputes the graph with some computed nodes held at given values ("what if h1 were 0.6?"):
     * everything after them follows from the held values, and their own local derivatives use
     * them too. Used to follow a learner's earlier answer through the rest of a computation.
     */
    public void forwardHolding(java.util.Map<Value, Double> held) {
        for (Value v : tape) {
            Double value = held.get(v);
            if (value != null) {
                v.data = value;
                check(v);
            } else if (!v.op().isLeaf()) {
                v.data = v.op().forward(v.inputArray(), v.constant());
                check(v);
            }
        }
    }

    /** Sets every gradient to 0. Gradients otherwise accumulate across calls to {@link #backward}. */
    public void zeroGrad() {
        for (Value v : tape) {
            v.grad = 0.0;
        }
    }

    /**
     * Adds d(output)/d(node) to the gradient of every node the output depends on. Where a value is
     * used more than once, the contributions of all its uses add up. The pass works on its own
     * adjoints, so calling it twice without {@link #zeroGrad} adds the gradients twice, no more.
     */
    public void backward(Value output) {
        double[] adjoint = adjoints(output, -1, EdgeRule.EXACT);
        for (int id = output.id(); id >= 0; id--) {
            tape.get(id).grad += adjoint[id];
        }
    }

    /**
     * d(of)/d(node) for every node, indexed by id (0 for nodes {@code of} does not depend on), computed
     * on the side: no node's gradient changes. What a worked solution shows next to each value.
     */
    public double[] adjoints(Value of) {
        return adjoints(of, -1, EdgeRule.EXACT);
    }

    /**
     * ∂of/∂wrt at the current values, computed on the side: no node's gradient changes. The grader
     * uses it for one part's derivative while the graph holds the output's gradients.
     */
    public double gradient(Value of, Value wrt) {
        return gradient(of, wrt, EdgeRule.EXACT);
    }

    /**
     * ∂of/∂wrt with each edge's local derivative taken from {@code rule}: with a twisted rule, the
     * answer a known wrong method gives; with one that drops edges, a derivative along some paths only.
     */
    public double gradient(Value of, Value wrt, EdgeRule rule) {
        own(wrt);
        return wrt.id() > of.id() ? 0.0 : adjoints(of, wrt.id(), rule)[wrt.id()];
    }

    /**
     * d(of)/d(node) under {@code rule} for every node from {@code of} back to (not through) id
     * {@code stopAt}, walking the tape backwards over the nodes {@code of} is computed from. The one
     * backward loop of the engine.
     */
    private double[] adjoints(Value of, int stopAt, EdgeRule rule) {
        BitSet reached = reach(of, stopAt);
        double[] adjoint = new double[tape.size()];
        adjoint[of.id()] = 1.0;
        for (int id = of.id(); id > stopAt; id = reached.previousSetBit(id - 1)) {
            Value v = tape.get(id);
            Value[] inputs = v.inputArray();
            for (int i = 0; i < inputs.length; i++) {
                double local = rule.local(v, i, finiteLocal(v, i, v.localGradient(i)));
                adjoint[inputs[i].id()] += adjoint[id] * finiteLocal(v, i, local);
            }
        }
        return adjoint;
    }

    private static double finiteLocal(Value v, int i, double local) {
        if (!Double.isFinite(local)) {
            throw nonFinite("local gradient of " + describe(v) + " with respect to input " + (i + 1)
                    + " is " + format(local), v);
        }
        return local;
    }

    // ---- reachability -------------------------------------------------------------------------

    /**
     * The ids of {@code of} and of every node it is computed from: one pass down the tape, each node
     * walked once. Ask it once per question and look nodes up in it, rather than search per pair.
     */
    public BitSet reaches(Value of) {
        return reach(of, -1);
    }

    /** The ids of {@code wrt} and of every node computed from it: one pass up the tape, each node walked once. */
    public BitSet dependents(Value wrt) {
        own(wrt);
        BitSet reached = new BitSet(tape.size());
        reached.set(wrt.id());
        for (int id = wrt.id() + 1; id < tape.size(); id++) {
            reachVisits++;
            for (Value in : tape.get(id).inputArray()) {
                if (reached.get(in.id())) {
                    reached.set(id);
                    break;
                }
            }
        }
        return reached;
    }

    /**
     * {@code of} and the nodes it is computed from, walking down from it; nodes at or below id
     * {@code stopAt} are marked but not walked through (nothing below them is asked for).
     */
    BitSet reach(Value of, int stopAt) {
        own(of);
        BitSet reached = new BitSet(of.id() + 1);
        reached.set(of.id());
        for (int id = of.id(); id > stopAt; id = reached.previousSetBit(id - 1)) {
            reachVisits++;
            for (Value in : tape.get(id).inputArray()) {
                reached.set(in.id());
            }
        }
        return reached;
    }

    private void own(Value v) {
        if (v.graph() != this) {
            throw new IllegalArgumentException("Value " + v.label() + " belongs to another graph");
        }
    }

    // ---- numerical safety ---------------------------------------------------------------------

    private static void check(Value v) {
        if (!Double.isFinite(v.data)) {
            throw nonFinite(describe(v) + " gives " + format(v.data), v);
        }
    }

    private static NonFiniteException nonFinite(String what, Value v) {
        return new NonFiniteException("Not a finite number: " + what, v);
    }

    /** e.g. {@code node 7 "h1" (log) of [0]}. */
    static String describe(Value v) {
        StringBuilder s = new StringBuilder("node ").append(v.id());
        if (v.name() != null) {
            s.append(" \"").append(v.name()).append('"');
        }
        s.append(" (").append(v.op().symbol()).append(')');
        if (!v.op().isLeaf()) {
            s.append(" of [");
            Value[] in = v.inputArray();
            for (int i = 0; i < in.length; i++) {
                s.append(i == 0 ? "" : ", ").append(in[i].name() != null ? in[i].name() + "=" : "").append(format(in[i].data));
            }
            s.append(']');
        }
        return s.toString();
    }

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        return Double.toString(x);
    }
}
