package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;

/**
 * A network written out as a node graph, with every parameter, weighted sum and activation named
 * as in {@link Network}. Slow but explainable: exercises and the playground's "inspect one
 * example" use it, and tests hold the fast path to it.
 */
public final class NetworkGraph {
    private final Graph graph;
    private final Value[] params;
    private final Value loss;
    private final List<Value> outputs;

    private NetworkGraph(Graph graph, Value[] params, Value loss, List<Value> outputs) {
        this.graph = graph;
        this.params = params;
        this.loss = loss;
        this.outputs = outputs;
    }

    /**
     * One example with everything named: x1.., z1_1.., a1_1.., t1.. and the loss E. The output
     * layer's activations are a<L>_<k>.
     */
    public static NetworkGraph forExample(Network net, double[] x, double[] target, Loss lossKind) {
        Graph g = new Graph();
        Value[] params = parameters(g, net);
        List<Value> in = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            in.add(g.input("x" + (i + 1), x[i]));
        }
        List<Value> out = forward(g, net, params, in, true);
        Value loss = g.named("E", lossKind.build(g, out, target));
        return new NetworkGraph(g, params, loss, out);
    }

    /**
     * The mean loss over the examples {@code idx[from..from+count)} plus {@code l2}·Σw², as micrograd
     * builds it: Σ losses × (1/n) + l2·Σw².
     */
    public static NetworkGraph forBatch(Network net, double[][] xs, double[][] ts, int[] idx, int from, int count,
            Loss lossKind, double l2) {
        Graph g = new Graph();
        Value[] params = parameters(g, net);
        List<Value> losses = new ArrayList<>();
        List<Value> lastOut = List.of();
        for (int b = from; b < from + count; b++) {
            int e = idx == null ? b : idx[b];
            List<Value> in = new ArrayList<>();
            for (double v : xs[e]) {
                in.add(g.constant(v));
            }
            lastOut = forward(g, net, params, in, false);
            losses.add(lossKind.build(g, lastOut, ts[e]));
        }
        Value loss = g.mul(g.sum(losses), g.constant(1.0 / count));
        if (l2 != 0) {
            List<Value> squares = new ArrayList<>();
            for (int k = 0; k < params.length; k++) {
                if (net.isWeight(k)) {
                    squares.add(g.mul(params[k], params[k]));
                }
            }
            loss = g.add(loss, g.mul(g.constant(l2), g.sum(squares)));
        }
        return new NetworkGraph(g, params, loss, lastOut);
    }

    private static Value[] parameters(Graph g, Network net) {
        Value[] params = new Value[net.parameterCount()];
        for (int k = 0; k < params.length; k++) {
            params[k] = g.parameter(net.parameterName(k), net.params[k]);
        }
        return params;
    }

    private static List<Value> forward(Graph g, Network net, Value[] params, List<Value> input, boolean name) {
        List<Value> a = input;
        for (int l = 1; l <= net.layers(); l++) {
            List<Value> next = new ArrayList<>();
            for (int j = 1; j <= net.size(l); j++) {
                Value z = params[net.biasIndex(l, j)];
                for (int i = 1; i <= net.size(l - 1); i++) {
                    z = g.add(z, g.mul(params[net.weightIndex(l, j, i)], a.get(i - 1)));
                }
                if (name) {
                    z = g.named("z" + l + "_" + j, z);
                }
                Value act = net.activation(l).apply(g, z);
                next.add(name ? g.named("a" + l + "_" + j, act) : act);
            }
            a = next;
        }
        return a;
    }

    public Graph graph() {
        return graph;
    }

    public Value loss() {
        return loss;
    }

    /** The node of parameter {@code index} of the network. */
    public Value parameter(int index) {
        return params[index];
    }

    /** Runs the backward pass from the loss and returns d(loss)/d(parameter) in the network's layout. */
    public double[] gradients() {
        graph.zeroGrad();
        graph.backward(loss);
        double[] grads = new double[params.length];
        for (int k = 0; k < params.length; k++) {
            grads[k] = params[k].grad();
        }
        return grads;
    }
}
