package org.backproplab.lesson.domain;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The numerical gradient check a learner runs in the lesson on efficiency: a function with its exact
 * derivative, estimated by central and one-sided differences for a chosen step h.
 */
public final class GradientCheck {
    /** The step sizes offered: from too large, through the sweet spot, to too small for double precision. */
    public static final List<Double> STEPS = List.of(1e-1, 1e-3, 1e-5, 1e-8, 1e-12);
    public static final double MAX_W = 20;

    private GradientCheck() {
    }

    /** A function of one parameter and its derivative, as backprop would compute it. */
    public enum Function {
        EXP("e^w", "e^{w}", Math::exp, Math::exp),
        SIGMOID("σ(w)", "\\sigma(w)", w -> 1 / (1 + Math.exp(-w)), w -> {
            double s = 1 / (1 + Math.exp(-w));
            return s * (1 - s);
        }),
        CUBE("w³", "w^3", w -> w * w * w, w -> 3 * w * w),
        LOG("ln(1 + w²)", "\\ln(1 + w^2)", w -> Math.log(1 + w * w), w -> 2 * w / (1 + w * w));

        private final String label;
        private final String tex;
        private final DoubleUnaryOperator f;
        private final DoubleUnaryOperator derivative;

        Function(String label, String tex, DoubleUnaryOperator f, DoubleUnaryOperator derivative) {
            this.label = label;
            this.tex = tex;
            this.f = f;
            this.derivative = derivative;
        }

        public String label() {
            return label;
        }

        public String tex() {
            return tex;
        }
    }

    /** The outcome: exact derivative, both estimates and their relative errors. */
    public record Result(double exact, double central, double oneSided, double centralError, double oneSidedError) {
        /** What the relative error of the central difference says, by the usual thresholds. */
        public String verdict() {
            if (centralError < 1e-7) {
                return "agree: a gradient this close is right";
            }
            if (centralError < 1e-4) {
                return "close, but suspicious: try another h";
            }
            return "disagree: with a gradient this far off, look for a bug (or a poor h)";
        }
    }

    public static Result run(Function fn, double w, double h) {
        if (!Double.isFinite(w) || Math.abs(w) > MAX_W) {
            throw new IllegalArgumentException("w must be between −" + (int) MAX_W + " and " + (int) MAX_W);
        }
        double exact = fn.derivative.applyAsDouble(w);
        double central = (fn.f.applyAsDouble(w + h) - fn.f.applyAsDouble(w - h)) / (2 * h);
        double oneSided = (fn.f.applyAsDouble(w + h) - fn.f.applyAsDouble(w)) / h;
        return new Result(exact, central, oneSided, relative(exact, central), relative(exact, oneSided));
    }

    /** |a − b| / max(|a|, |b|), 0 when both are 0. */
    static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
