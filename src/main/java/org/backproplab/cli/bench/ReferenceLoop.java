package org.backproplab.cli.bench;

import java.util.Arrays;

/**
 * The benchmark's limit: an MLP with ReLU hidden layers, a linear output and the hinge loss,
 * written as plain loops over double arrays, independent of the engine. Same layout as the engine
 * (rows of weights into a unit, then biases), same sums in the same order, SGD or Adam.
 */
final class ReferenceLoop {
    private final int[] sizes;
    private final double[][] w;  // w[l][j * m + i]
    private final double[][] b;
    private final double[][] gw;
    private final double[][] gb;
    private final double[][] z;
    private final double[][] a;
    private final double[][] d;
    private final double l2;
    // Adam state, allocated when Adam is first used
    private double[][] mw;
    private double[][] vw;
    private double[][] mb;
    private double[][] vb;
    private int t;

    ReferenceLoop(int[] sizes, double[] flatParams, double l2, int maxBatch) {
        this.sizes = sizes.clone();
        this.l2 = l2;
        int layers = sizes.length - 1;
        w = new double[layers + 1][];
        b = new double[layers + 1][];
        gw = new double[layers + 1][];
        gb = new double[layers + 1][];
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        d = new double[layers + 1][];
        int k = 0;
        for (int l = 1; l <= layers; l++) {
            w[l] = Arrays.copyOfRange(flatParams, k, k + sizes[l] * sizes[l - 1]);
            k += sizes[l] * sizes[l - 1];
            b[l] = Arrays.copyOfRange(flatParams, k, k + sizes[l]);
            k += sizes[l];
            gw[l] = new double[w[l].length];
            gb[l] = new double[b[l].length];
        }
        for (int l = 0; l <= layers; l++) {
            z[l] = new double[maxBatch * sizes[l]];
            a[l] = new double[maxBatch * sizes[l]];
            d[l] = new double[maxBatch * sizes[l]];
        }
    }

    /** Loss (mean hinge + l2·Σw²) and gradients of the examples idx[from..from+count). */
    double lossAndGradients(double[][] xs, double[][] ys, int[] idx, int from, int count) {
        double loss = forward(xs, ys, idx, from, count);
        backward(count);
        return loss + l2 * reg();
    }

    private double reg() {
        double reg = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (double v : w[l]) {
                reg += v * v;
            }
        }
        return reg;
    }

    /** Mean hinge loss of the examples; leaves dLoss/dout in d[last]. */
    private double forward(double[][] xs, double[][] ys, int[] idx, int from, int count) {
        int layers = sizes.length - 1;
        for (int s = 0; s < count; s++) {
            int e = idx == null ? from + s : idx[from + s];
            a[0][s * 2] = xs[e][0];
            a[0][s * 2 + 1] = xs[e][1];
        }
        for (int l = 1; l <= layers; l++) {
            int n = sizes[l];
            int m = sizes[l - 1];
            double[] wl = w[l];
            double[] bl = b[l];
            double[] prev = a[l - 1];
            double[] zl = z[l];
            double[] al = a[l];
            boolean hidden = l < layers;
            for (int s = 0; s < count; s++) {
                int ps = s * m;
                for (int j = 0; j < n; j++) {
                    double sum = bl[j];
                    int row = j * m;
                    for (int i = 0; i < m; i++) {
                        sum += wl[row + i] * prev[ps + i];
                    }
                    zl[s * n + j] = sum;
                    al[s * n + j] = hidden ? (sum > 0 ? sum : 0.0) : sum;
                }
            }
        }
        double loss = 0;
        for (int s = 0; s < count; s++) {
            int e = idx == null ? from + s : idx[from + s];
            double margin = 1 - ys[e][0] * a[layers][s];
            loss += margin > 0 ? margin : 0;
            d[layers][s] = margin > 0 ? -(1.0 / count) * ys[e][0] : 0.0;
        }
        return loss * (1.0 / count);
    }

    private void backward(int count) {
        int layers = sizes.length - 1;
        for (int l = 1; l <= layers; l++) {
            Arrays.fill(gw[l], 0);
            Arrays.fill(gb[l], 0);
        }
        for (int l = layers; l >= 1; l--) {
            int n = sizes[l];
            int m = sizes[l - 1];
            if (l < layers) {
                for (int k = 0; k < count * n; k++) {
                    if (z[l][k] <= 0) {
                        d[l][k] = 0;
                    }
                }
            }
            double[] dl = d[l];
            double[] gwl = gw[l];
            double[] gbl = gb[l];
            double[] prev = a[l - 1];
            double[] wl = w[l];
            for (int s = 0; s < count; s++) {
                int ps = s * m;
                for (int j = 0; j < n; j++) {
                    double dj = dl[s * n + j];
                    if (dj == 0) {
                        continue;
                    }
                    gbl[j] += dj;
                    int row = j * m;
                    for (int i = 0; i < m; i++) {
                        gwl[row + i] += dj * prev[ps + i];
                    }
                }
            }
            if (l > 1) {
                double[] dPrev = d[l - 1];
                Arrays.fill(dPrev, 0, count * m, 0);
                for (int s = 0; s < count; s++) {
                    int ps = s * m;
                    for (int j = 0; j < n; j++) {
                        double dj = dl[s * n + j];
                        if (dj == 0) {
                            continue;
                        }
                        int row = j * m;
                        for (int i = 0; i < m; i++) {
                            dPrev[ps + i] += wl[row + i] * dj;
                        }
                    }
                }
            }
            for (int k = 0; k < w[l].length; k++) {
                gw[l][k] += 2 * l2 * w[l][k];
            }
        }
    }

    void sgd(double lr) {
        for (int l = 1; l < sizes.length; l++) {
            for (int k = 0; k < w[l].length; k++) {
                w[l][k] -= lr * gw[l][k];
            }
            for (int k = 0; k < b[l].length; k++) {
                b[l][k] -= lr * gb[l][k];
            }
        }
    }

    void adam(double lr, double beta1, double beta2, double eps) {
        if (mw == null) {
            mw = new double[sizes.length][];
            vw = new double[sizes.length][];
            mb = new double[sizes.length][];
            vb = new double[sizes.length][];
            for (int l = 1; l < sizes.length; l++) {
                mw[l] = new double[w[l].length];
                vw[l] = new double[w[l].length];
                mb[l] = new double[b[l].length];
                vb[l] = new double[b[l].length];
            }
        }
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (int l = 1; l < sizes.length; l++) {
            adamUpdate(w[l], gw[l], mw[l], vw[l], lr, beta1, beta2, eps, c1, c2);
            adamUpdate(b[l], gb[l], mb[l], vb[l], lr, beta1, beta2, eps, c1, c2);
        }
    }

    private static void adamUpdate(double[] p, double[] g, double[] m, double[] v, double lr, double beta1,
            double beta2, double eps, double c1, double c2) {
        for (int k = 0; k < p.length; k++) {
            m[k] = beta1 * m[k] + (1 - beta1) * g[k];
            v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
            p[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + eps);
        }
    }

    /** {total loss (mean hinge + l2·Σw²), accuracy} over the first {@code count} examples. */
    double[] evaluate(double[][] xs, double[][] ys, int count, int maxBatch) {
        double loss = 0;
        int correct = 0;
        int layers = sizes.length - 1;
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            loss += forward(xs, ys, null, from, n) * n;
            for (int s = 0; s < n; s++) {
                if ((ys[from + s][0] > 0) == (a[layers][s] > 0)) {
                    correct++;
                }
            }
        }
        return new double[] {loss / count + l2 * reg(), (double) correct / count};
    }
}
