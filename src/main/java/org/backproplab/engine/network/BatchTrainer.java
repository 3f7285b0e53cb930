package org.backproplab.engine.network;

import org.backproplab.engine.NonFiniteException;

/**
 * The fast training path: forward and backward over a batch with layer-level primitive arrays,
 * allocated once for the largest batch, so a step allocates nothing. It computes the same loss and
 * gradients as {@link NetworkGraph#forBatch} (tested to 1e-12).
 */
public final class BatchTrainer {
    private final Network net;
    private final Loss loss;
    private final double l2;
    private final int maxBatch;
    private final double[][] z;     // z[l][b * size(l) + j]
    private final double[][] a;     // a[l][...]; a[0] holds the batch's inputs
    private final double[][] delta; // dLoss/dz[l][...]
    private final double[] target;  // the batch's targets, packed

    public BatchTrainer(Network net, Loss loss, double l2, int maxBatch) {
        this.net = net;
        this.loss = loss;
        this.l2 = l2;
        this.maxBatch = maxBatch;
        int layers = net.layers();
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        delta = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            z[l] = new double[maxBatch * net.size(l)];
            a[l] = new double[maxBatch * net.size(l)];
            delta[l] = new double[maxBatch * net.size(l)];
        }
        target = new double[maxBatch * net.size(layers)];
    }

    public Network network() {
        return net;
    }

    /**
     * Sets the network's gradients to those of the mean loss over examples
     * {@code idx[from..from+count)} (or {@code from..} when idx is null) plus l2·Σw², and returns
     * that loss. Throws {@link NonFiniteException} when the loss is not finite (a diverging run).
     */
    public double computeGradients(double[][] xs, double[][] ts, int[] idx, int from, int count) {
        if (count < 1 || count > maxBatch) {
            throw new IllegalArgumentException("batch of " + count + " but room for " + maxBatch);
        }
        double dataLoss = forward(xs, ts, idx, from, count);
        double total = dataLoss;
        if (l2 != 0) {
            total += l2 * net.sumOfSquaredWeights();
        }
        if (!Double.isFinite(total)) {
            throw new NonFiniteException("Not a finite number: the loss is " + total + " (training diverged)", null);
        }
        backward(count);
        return total;
    }

    /** Forward pass; returns the mean data loss. */
    private double forward(double[][] xs, double[][] ts, int[] idx, int from, int count) {
        int inputs = net.size(0);
        int outputs = net.size(net.layers());
        for (int b = 0; b < count; b++) {
            int e = idx == null ? from + b : idx[from + b];
            System.arraycopy(xs[e], 0, a[0], b * inputs, inputs);
            System.arraycopy(ts[e], 0, target, b * outputs, outputs);
        }
        double[] p = net.params;
        for (int l = 1; l <= net.layers(); l++) {
            int n = net.size(l);
            int m = net.size(l - 1);
            int wo = net.weightOffset(l);
            int bo = net.biasOffset(l);
            Activation act = net.activation(l);
            double[] prev = a[l - 1];
            double[] zl = z[l];
            double[] al = a[l];
            for (int b = 0; b < count; b++) {
                int pb = b * m;
                for (int j = 0; j < n; j++) {
                    double sum = p[bo + j];
                    int row = wo + j * m;
                    for (int i = 0; i < m; i++) {
                        sum += p[row + i] * prev[pb + i];
                    }
                    zl[b * n + j] = sum;
                    al[b * n + j] = act.apply(sum);
                }
            }
        }
        double sum = 0;
        double[] out = a[net.layers()];
        for (int b = 0; b < count; b++) {
            sum += loss.value(out, b * outputs, target, b * outputs, outputs);
        }
        return sum * (1.0 / count);
    }

    private void backward(int count) {
        int layers = net.layers();
        int outputs = net.size(layers);
        double[] p = net.params;
        double[] g = net.grads;
        java.util.Arrays.fill(g, 0.0);
        double scale = 1.0 / count;
        double[] dOut = delta[layers];
        for (int b = 0; b < count; b++) {
            loss.outputGradient(a[layers], b * outputs, target, b * outputs, outputs, scale, dOut, b * outputs);
        }
        for (int l = layers; l >= 1; l--) {
            int n = net.size(l);
            int m = net.size(l - 1);
            int wo = net.weightOffset(l);
            int bo = net.biasOffset(l);
            Activation act = net.activation(l);
            double[] dl = delta[l];
            double[] zl = z[l];
            double[] al = a[l];
            // dLoss/dz = dLoss/da × da/dz
            for (int k = 0; k < count * n; k++) {
                dl[k] *= act.slope(zl[k], al[k]);
            }
            double[] prev = a[l - 1];
            for (int b = 0; b < count; b++) {
                for (int j = 0; j < n; j++) {
                    double d = dl[b * n + j];
                    if (d == 0) {
                        continue;
                    }
                    g[bo + j] += d;
                    int row = wo + j * m;
                    int pb = b * m;
                    for (int i = 0; i < m; i++) {
                        g[row + i] += d * prev[pb + i];
                    }
                }
            }
            if (l > 1) {
                double[] dPrev = delta[l - 1];
                java.util.Arrays.fill(dPrev, 0, count * m, 0.0);
                for (int b = 0; b < count; b++) {
                    for (int j = 0; j < n; j++) {
                        double d = dl[b * n + j];
                        if (d == 0) {
                            continue;
                        }
                        int row = wo + j * m;
                        int pb = b * m;
                        for (int i = 0; i < m; i++) {
                            dPrev[pb + i] += p[row + i] * d;
                        }
                    }
                }
            }
        }
        if (l2 != 0) {
            for (int l = 1; l <= layers; l++) {
                for (int k = net.weightOffset(l); k < net.biasOffset(l); k++) {
                    g[k] += 2 * l2 * p[k];
                }
            }
        }
    }

    /** Mean loss (without L2) and accuracy over examples 0..count−1, without touching gradients. */
    public Score evaluate(double[][] xs, double[][] ts, int count) {
        double lossSum = 0;
        int correct = 0;
        int outputs = net.size(net.layers());
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            lossSum += forward(xs, ts, null, from, n) * n;
            double[] out = a[net.layers()];
            for (int b = 0; b < n; b++) {
                if (isCorrect(out, b * outputs, ts[from + b], outputs)) {
                    correct++;
                }
            }
        }
        return new Score(lossSum / count, (double) correct / count);
    }

    /** A loss and an accuracy in [0, 1]. */
    public record Score(double loss, double accuracy) {
    }

    private boolean isCorrect(double[] out, int offset, double[] t, int outputs) {
        return switch (loss) {
            case HINGE -> (t[0] > 0) == (out[offset] > 0);
            case BCE_WITH_LOGITS -> (t[0] > 0.5) == (out[offset] > 0);
            case SOFTMAX_CROSS_ENTROPY -> argmax(out, offset, outputs) == argmax(t, 0, outputs);
            // Regression: within 10 % of the target's scale counts as right.
            case MSE -> Math.abs(out[offset] - t[0]) <= 0.1 * Math.max(1, Math.abs(t[0]));
        };
    }

    private static int argmax(double[] x, int offset, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (x[offset + k] > x[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
