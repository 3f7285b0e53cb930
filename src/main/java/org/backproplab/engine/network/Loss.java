package org.backproplab.engine.network;

import java.util.ArrayList;
import java.util.List;

import org.backproplab.engine.Functions;
import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;

/**
 * The training losses of a network, each averaged over the examples of a batch. The fast path
 * uses {@link #value} and {@link #outputGradient}; the node graph uses {@link #build}: both must
 * agree (tested).
 */
public enum Loss {
    /** Mean over outputs of (a − t)². */
    MSE,
    /** Binary cross-entropy on a linear output read as a logit (σ is inside the loss, stably). */
    BCE_WITH_LOGITS,
    /** max(0, 1 − t·a) with labels t = ±1 on a linear output. */
    HINGE,
    /** Softmax over the outputs, then cross-entropy against the target distribution. */
    SOFTMAX_CROSS_ENTROPY;

    /** The loss of one example. */
    public double value(double[] out, int outOffset, double[] target, int targetOffset, int n) {
        switch (this) {
            case MSE: {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double d = out[outOffset + k] - target[targetOffset + k];
                    sum += d * d;
                }
                return sum / n;
            }
            case BCE_WITH_LOGITS: {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double z = out[outOffset + k];
                    sum += Functions.softplus(z) - target[targetOffset + k] * z;
                }
                return sum;
            }
            case HINGE: {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double margin = 1 - target[targetOffset + k] * out[outOffset + k];
                    sum += margin > 0 ? margin : 0;
                }
                return sum;
            }
            default: {
                double lse = logSumExp(out, outOffset, n);
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += target[targetOffset + k] * (lse - out[outOffset + k]);
                }
                return sum;
            }
        }
    }

    /** dLoss/d(out) of one example, written into {@code grad} (scaled by {@code scale}, e.g. 1/batch). */
    public void outputGradient(double[] out, int outOffset, double[] target, int targetOffset, int n,
            double scale, double[] grad, int gradOffset) {
        switch (this) {
            case MSE:
                for (int k = 0; k < n; k++) {
                    grad[gradOffset + k] = scale * 2 * (out[outOffset + k] - target[targetOffset + k]) / n;
                }
                break;
            case BCE_WITH_LOGITS:
                for (int k = 0; k < n; k++) {
                    grad[gradOffset + k] = scale * (Functions.sigmoid(out[outOffset + k]) - target[targetOffset + k]);
                }
                break;
            case HINGE:
                for (int k = 0; k < n; k++) {
                    double t = target[targetOffset + k];
                    grad[gradOffset + k] = 1 - t * out[outOffset + k] > 0 ? -scale * t : 0.0;
                }
                break;
            default: {
                double lse = logSumExp(out, outOffset, n);
                double mass = 0;
                for (int k = 0; k < n; k++) {
                    mass += target[targetOffset + k];
                }
                for (int k = 0; k < n; k++) {
                    grad[gradOffset + k] = scale * (mass * Math.exp(out[outOffset + k] - lse) - target[targetOffset + k]);
                }
            }
        }
    }

    /** The same loss for one example as graph nodes. */
    public Value build(Graph g, List<Value> out, double[] target) {
        return switch (this) {
            case MSE -> Losses.meanSquaredError(g, out, target);
            case BCE_WITH_LOGITS -> g.sum(each(out, k -> Losses.binaryCrossEntropyWithLogits(g, out.get(k), target[k])));
            case HINGE -> g.sum(each(out, k -> Losses.hinge(g, out.get(k), target[k])));
            case SOFTMAX_CROSS_ENTROPY -> Losses.softmaxCrossEntropy(g, out, target);
        };
    }

    private static List<Value> each(List<Value> out, java.util.function.IntFunction<Value> f) {
        List<Value> terms = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            terms.add(f.apply(k));
        }
        return terms;
    }

    private static double logSumExp(double[] x, int offset, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, x[offset + k]);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.exp(x[offset + k] - max);
        }
        return max + Math.log(sum);
    }
}
