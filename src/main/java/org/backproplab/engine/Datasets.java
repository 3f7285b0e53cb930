package org.backproplab.engine;

import java.util.Random;

/**
 * Small seeded datasets. Inputs are rows of {@code x}; targets rows of {@code y}. Class labels are
 * ±1 in a single column (for hinge) unless a method says otherwise. java.util.Random is used on
 * purpose: its sequence is fixed by the Java specification, so a seed gives the same data on any JVM.
 */
public final class Datasets {
    private Datasets() {
    }

    public record Dataset(double[][] x, double[][] y) {
        public int size() {
            return x.length;
        }
    }

    /** scikit-learn's make_moons: two interleaving half circles with Gaussian noise; labels ±1. */
    public static Dataset twoMoons(int n, double noise, long seed) {
        Random random = new Random(seed);
        int outer = n / 2;
        int inner = n - outer;
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < outer; k++) {
            double angle = outer == 1 ? 0 : Math.PI * k / (outer - 1);
            x[k] = new double[] {Math.cos(angle), Math.sin(angle)};
            y[k] = new double[] {-1};
        }
        for (int k = 0; k < inner; k++) {
            double angle = inner == 1 ? 0 : Math.PI * k / (inner - 1);
            x[outer + k] = new double[] {1 - Math.cos(angle), 1 - Math.sin(angle) - 0.5};
            y[outer + k] = new double[] {1};
        }
        for (double[] row : x) {
            row[0] += noise * random.nextGaussian();
            row[1] += noise * random.nextGaussian();
        }
        return shuffled(x, y, random);
    }

    private static Dataset shuffled(double[][] x, double[][] y, Random random) {
        for (int k = x.length - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            double[] tx = x[k];
            x[k] = x[r];
            x[r] = tx;
            double[] ty = y[k];
            y[k] = y[r];
            y[r] = ty;
        }
        return new Dataset(x, y);
    }
}
