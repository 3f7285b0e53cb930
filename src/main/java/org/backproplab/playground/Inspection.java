package org.backproplab.playground;

import java.util.Locale;

import org.backproplab.engine.Functions;
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
    private final boolean logits;
    private final boolean positive;
    private int revealed; // how many layers, counted from the output, show gradients

    Inspection(Network net, double[] x, double[] target, Loss loss, int example) {
        this.graph = NetworkGraph.forExample(net, x, target, loss);
        this.graph.gradients();
        this.example = example;
        this.layers = net.layers();
        this.logits = loss == Loss.BCE_WITH_LOGITS;
        this.positive = target[0] > (logits ? 0.5 : 0);
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
        return String.format(Locale.ROOT, "Example %d (class %s): loss E = %s", example + 1, positive ? "+" : "−",
                number(graph.loss().data()));
    }

    /**
     * What the network says about this example, in words. Under cross-entropy the output unit gives
     * a logit z, not a probability: the probability is σ(z), and it is named as such.
     */
    String outputSentence() {
        double z = z(layers, 1);
        if (logits) {
            return String.format(Locale.ROOT, "The output unit gives the logit z = %s; σ(z) = %s is the network's "
                    + "probability that this point is in class + (blue).", number(z), number(Functions.sigmoid(z)));
        }
        return String.format(Locale.ROOT, "The output unit gives %s (class + above 0, class − below).", number(z));
    }

    /**
     * A unit's values, one per line: x for the inputs; a for hidden units; for the output the logit z
     * and σ(z) under cross-entropy, or the output itself; then ∂E/∂z once that layer is revealed.
     */
    String label(int layer, int unit) {
        if (layer == 0) {
            return "x" + unit + " = " + number(graph.graph().node("x" + unit).data());
        }
        String forward;
        if (layer < layers) {
            forward = "a = " + number(graph.graph().node("a" + layer + "_" + unit).data());
        } else if (logits) {
            double z = z(layer, unit);
            forward = "z = " + number(z) + " (logit)\np = σ(z) = " + number(Functions.sigmoid(z));
        } else {
            forward = "output = " + number(z(layer, unit));
        }
        if (layer >= layers - revealed + 1) {
            return forward + "\n∂E/∂z = " + number(dz(layer, unit));
        }
        return forward;
    }

    private double z(int layer, int unit) {
        return graph.graph().node("z" + layer + "_" + unit).data();
    }

    /** The loss's gradient with respect to a unit's weighted sum (for tests and the text version). */
    double dz(int layer, int unit) {
        return graph.graph().node("z" + layer + "_" + unit).grad();
    }

    /** Three significant digits, as short as possible: 0.0027, 2.7e-5 (not 2.70e-05), −8.22. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
