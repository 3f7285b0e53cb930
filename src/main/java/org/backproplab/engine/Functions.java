package org.backproplab.engine;

/**
 * The scalar functions of the engine and their derivatives, written to stay finite where the
 * textbook formula overflows (large |x| in sigmoid, softplus).
 */
public final class Functions {
    private Functions() {
    }

    /** σ(x) = 1 / (1 + e^−x), computed from e^−|x| so that no exponent overflows. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** σ'(x) = σ(x)(1 − σ(x)). */
    public static double sigmoidSlope(double x) {
        double s = sigmoid(x);
        return s * (1.0 - s);
    }

    /** softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^−|x|). */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
