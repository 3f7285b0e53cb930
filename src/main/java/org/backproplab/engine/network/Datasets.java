package org.backproplab.engine.network;

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

    /** XOR: four clusters, opposite corners share a label. */
    public static Dataset xor(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            double a = random.nextBoolean() ? 1 : -1;
            double b = random.nextBoolean() ? 1 : -1;
            x[k] = new double[] {a * (0.5 + 0.5 * random.nextDouble()) + noise * random.nextGaussian(),
                    b * (0.5 + 0.5 * random.nextDouble()) + noise * random.nextGaussian()};
            y[k] = new double[] {a * b};
        }
        return new Dataset(x, y);
    }

    /** A small circle inside a ring. */
    public static Dataset circles(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            boolean inner = k % 2 == 0;
            double r = inner ? 0.5 * random.nextDouble() : 1.0 + 0.5 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            x[k] = new double[] {r * Math.cos(angle) + noise * random.nextGaussian(), r * Math.sin(angle) + noise * random.nextGaussian()};
            y[k] = new double[] {inner ? 1 : -1};
        }
        return new Dataset(x, y);
    }

    /** Two interleaved spirals. */
    public static Dataset spiral(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            int label = k % 2;
            double t = 0.25 + 1.75 * random.nextDouble();
            double angle = 2 * Math.PI * t * 0.75 + label * Math.PI;
            x[k] = new double[] {t * Math.cos(angle) * 0.8 + noise * random.nextGaussian(), t * Math.sin(angle) * 0.8 + noise * random.nextGaussian()};
            y[k] = new double[] {label == 0 ? 1 : -1};
        }
        return new Dataset(x, y);
    }

    /** Two clouds that one straight line separates. */
    public static Dataset linear(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            double label = k % 2 == 0 ? 1 : -1;
            x[k] = new double[] {label * 0.8 + (0.3 + noise) * random.nextGaussian(), label * 0.6 + (0.3 + noise) * random.nextGaussian()};
            y[k] = new double[] {label};
        }
        return new Dataset(x, y);
    }

    /**
     * House prices: one input, the living area in 100 m² (0.4 to 2.5), and the price in units of
     * €100,000 — rising, then levelling off, with noise. A regression: the target is a number.
     */
    public static Dataset housePrices(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            double area = 0.4 + 2.1 * random.nextDouble();
            x[k] = new double[] {area};
            y[k] = new double[] {1.0 + 3.0 * Math.tanh(area - 0.6) + (0.1 + noise) * random.nextGaussian()};
        }
        return new Dataset(x, y);
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
