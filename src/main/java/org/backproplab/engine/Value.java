package org.backproplab.engine;

import java.util.List;

/**
 * One node of a computational graph: a number, how it was computed, and — after
 * {@link Graph#backward} — the gradient of the output with respect to it. Every node can explain
 * itself: its inputs and the local derivative with respect to each, so that on every edge
 * "upstream × local = contribution" can be shown.
 */
public final class Value {
    private final Graph graph;
    private final int id;
    String name; // set once, by Graph.named
    private final Op op;
    private final Value[] inputs;
    private final double constant;
    double data;
    double grad;

    Value(Graph graph, int id, String name, Op op, Value[] inputs, double constant, double data) {
        this.graph = graph;
        this.id = id;
        this.name = name;
        this.op = op;
        this.inputs = inputs;
        this.constant = constant;
        this.data = data;
    }

    /** Position on the graph's tape: inputs always have smaller ids than the nodes that use them. */
    public int id() {
        return id;
    }

    /** The author's name for this node ({@code h1}, {@code w5}), or null for an unnamed step. */
    public String name() {
        return name;
    }

    /** The name if there is one, otherwise a short description such as {@code ×} or {@code 2.5}. */
    public String label() {
        if (name != null) {
            return name;
        }
        return op == Op.CONSTANT ? Graph.format(data) : op.symbol();
    }

    public Op op() {
        return op;
    }

    /** The inputs in the order they were given: results are reproducible bit for bit. */
    public List<Value> inputs() {
        return List.of(inputs);
    }

    /** The exponent of {@link Op#POW} or the negative slope of {@link Op#LEAKY_RELU}; 0 otherwise. */
    public double constant() {
        return constant;
    }

    public double data() {
        return data;
    }

    public double grad() {
        return grad;
    }

    public Graph graph() {
        return graph;
    }

    /** ∂this/∂input(i), at the current values. */
    public double localGradient(int i) {
        if (i < 0 || i >= inputs.length) {
            throw new IndexOutOfBoundsException(label() + " has no input " + i);
        }
        return op.local(i, inputs, data, constant);
    }

    /** What this node passes back to input(i): upstream gradient × local gradient. */
    public double contribution(int i) {
        return grad * localGradient(i);
    }

    /**
     * Whether this node is {@code other} or is computed from it: one pass down the tape from this
     * node to {@code other}, each node between walked once. To ask about many nodes, take
     * {@link Graph#reaches} or {@link Graph#dependents} once instead.
     */
    public boolean dependsOn(Value other) {
        return other.graph == graph && other.id <= id && graph.reach(this, other.id).get(other.id);
    }

    Value[] inputArray() {
        return inputs;
    }

    @Override
    public String toString() {
        return label() + " = " + Graph.format(data) + " (grad " + Graph.format(grad) + ")";
    }
}
