package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;

/**
 * Loss functions built from graph nodes, so that their gradients come from the same backward pass
 * and every step can be explained. Targets are constants.
 */
public final class Losses {
    private Losses() {
    }

    /** (p − t)², or ½(p − t)² when {@code half}: the ½ makes the derivative simply p − t. */
    public static Value squaredError(Graph g, Value prediction, double target, boolean half) {
        Value diff = g.sub(prediction, g.constant(target));
        Value square = g.pow(diff, 2);
        return half ? g.mul(g.constant(0.5), square) : square;
    }

    /** Mean of (pᵢ − tᵢ)² over all outputs. */
    public static Value meanSquaredError(Graph g, List<Value> predictions, double[] targets) {
        requireSameSize(predictions.size(), targets.length);
        List<Value> squares = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            squares.add(squaredError(g, predictions.get(i), targets[i], false));
        }
        return g.div(g.sum(squares), g.constant(targets.length));
    }

    /** −[t·log p + (1 − t)·log(1 − p)] for a probability p in (0, 1) and a target t in [0, 1]. */
    public static Value binaryCrossEntropy(Graph g, Value probability, double target) {
        Value one = g.constant(1);
        Value yes = g.mul(g.constant(target), g.log(probability));
        Value no = g.mul(g.constant(1 - target), g.log(g.sub(one, probability)));
        return g.neg(g.add(yes, no));
    }

    /**
     * Binary cross-entropy of σ(z) computed from the logit z without forming σ(z):
     * softplus(z) − t·z, which stays finite for any z. Its gradient is σ(z) − t.
     */
    public static Value binaryCrossEntropyWithLogits(Graph g, Value logit, double target) {
        return g.sub(g.softplus(logit), g.mul(g.constant(target), logit));
    }

    /**
     * Cross-entropy of softmax(z) against a target distribution t (one-hot for a class):
     * Σ tₖ·(logsumexp(z) − zₖ). Stable for any logits; its gradient is softmax(z) − t.
     */
    public static Value softmaxCrossEntropy(Graph g, List<Value> logits, double[] target) {
        requireSameSize(logits.size(), target.length);
        Value lse = g.logSumExp(logits);
        List<Value> terms = new ArrayList<>();
        for (int k = 0; k < target.length; k++) {
            if (target[k] != 0) {
                terms.add(g.mul(g.constant(target[k]), g.sub(lse, logits.get(k))));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the target distribution is all zeros");
        }
        return g.sum(terms);
    }

    /** Softmax cross-entropy for one correct class. */
    public static Value softmaxCrossEntropy(Graph g, List<Value> logits, int targetClass) {
        double[] oneHot = new double[logits.size()];
        oneHot[targetClass] = 1;
        return softmaxCrossEntropy(g, logits, oneHot);
    }

    /** The max-margin loss max(0, 1 − y·s) for a label y = ±1 and a score s. */
    public static Value hinge(Graph g, Value score, double label) {
        Value margin = g.sub(g.constant(1), g.mul(g.constant(label), score));
        return g.max(g.constant(0), margin);
    }

    private static void requireSameSize(int predictions, int targets) {
        if (predictions != targets || predictions == 0) {
            throw new IllegalArgumentException(predictions + " outputs but " + targets + " targets");
        }
    }
}
