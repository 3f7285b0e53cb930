package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the backward pass with central differences, (f(x + h) − f(x − h)) / 2h, for every leaf
 * input. Relative error |a − n| / max(|a|, |n|, 1e-12).
 */
public final class GradientCheck {
    public static final double DEFAULT_STEP = 1e-6;

    private GradientCheck() {
    }

    /** One leaf's analytic and numerical derivative. */
    public record Result(Value leaf, double analytic, double numerical) {
        public double relativeError() {
            return GradientCheck.relativeError(analytic, numerical);
        }
    }

    public static double relativeError(double a, double n) {
        return Math.abs(a - n) / Math.max(Math.max(Math.abs(a), Math.abs(n)), 1e-12);
    }

    /** Checks d(output)/d(leaf) for every named input leaf of the graph; leaves the graph as it found it. */
    public static List<Result> check(Graph graph, Value output, double step) {
        graph.forward();
        graph.zeroGrad();
        graph.backward(output);
        List<Result> results = new ArrayList<>();
        for (Value leaf : graph.nodes()) {
            if (leaf.op() != Op.INPUT) {
                continue;
            }
            double x = leaf.data();
            graph.set(leaf, x + step);
            graph.forward();
            double plus = output.data();
            graph.set(leaf, x - step);
            graph.forward();
            double minus = output.data();
            graph.set(leaf, x);
            results.add(new Result(leaf, leaf.grad(), (plus - minus) / (2 * step)));
        }
        graph.forward();
        return results;
    }

    /** The largest relative error over all inputs. */
    public static double worst(List<Result> results) {
        return results.stream().mapToDouble(Result::relativeError).max().orElse(0.0);
    }
}
