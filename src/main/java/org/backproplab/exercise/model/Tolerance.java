package org.backproplab.exercise.model;

/**
 * How close a numeric answer must be: within {@code relative} of the true value or within
 * {@code absolute} of it, whichever is looser. The default, 1 % or 0.001, accepts answers worked
 * with 3–4 significant digits.
 */
public record Tolerance(double relative, double absolute) {
    public static final Tolerance DEFAULT = new Tolerance(0.01, 0.001);

    public boolean accepts(double answer, double truth) {
        double diff = Math.abs(answer - truth);
        return diff <= absolute || diff <= relative * Math.abs(truth);
    }
}
