package org.backproplab.playground;

import java.util.Locale;

import org.backproplab.engine.network.Loss;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkGraph;

/**
 * One example pushed through the network as a node graph: its forward values and, revealed layer
 * by layer backward from the loss, the gradients of the loss with respect to each unit's weighted
 * sum — the numbers a learner computes by hand in an exercise.
 */
final class Inspection {
    private final NetworkGraph graph;
    private final int example;
    private final int layers;
    private int revealed; // how many layers, counted from the output, show gradients

    Inspection(Network net, double[] x, double[] target, Loss loss, int example) {
        this.graph = NetworkGraph.forExample(net, x, target, loss);
        this.graph.gradients();
        this.example = example;
        this.layers = net.layers();
        this.revealed = 0;
    }

    /** Reveals one more layer's gradients; false when all are shown. */
    boolean stepBack() {
        if (revealed >= layers) {
            return false;
        }
        revealed++;
        return true;
    }

    int revealedLayers() {
        return revealed;
    }

    boolean isCurrent(int layer) {
        return revealed > 0 && layer == layers - revealed + 1;
    }

    String title() {
        return String.format(Locale.ROOT, "Example %d: loss E = %.4g", example + 1, graph.loss().data());
    }

    String label(int layer, int unit, String fallback) {
        if (layer == 0) {
            return String.format(Locale.ROOT, "x%d\n%.3f", unit, graph.graph().node("x" + unit).data());
        }
        var a = graph.graph().node("a" + layer + "_" + unit);
        var z = graph.graph().node("z" + layer + "_" + unit);
        String forward = String.format(Locale.ROOT, "a %.3f", a.data());
        if (layer >= layers - revealed + 1) {
            return forward + String.format(Locale.ROOT, "\n∂E/∂z %.3g", z.grad());
        }
        return forward;
    }

    /** The loss's gradient with respect to a unit's weighted sum (for tests and the text version). */
    double dz(int layer, int unit) {
        return graph.graph().node("z" + layer + "_" + unit).grad();
    }
}
