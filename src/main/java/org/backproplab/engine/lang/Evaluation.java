package org.backproplab.engine.lang;

import java.util.Map;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;

/** A program's graph computed for one set of input values: every named node, and the output. */
public record Evaluation(Graph graph, Map<String, Value> named, Value output) {

    /** The node of an input or assigned name. */
    public Value node(String name) {
        Value v = named.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no name '" + name + "' in this program");
        }
        return v;
    }

    /** Runs the backward pass from the output (after zeroing), so every node holds d(output)/d(node). */
    public Evaluation backward() {
        graph.zeroGrad();
        graph.backward(output);
        return this;
    }
}
