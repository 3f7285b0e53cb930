package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the backward pass with central differences for every leaf input. The difference
 * quotient D(h) = (f(x + h) − f(x − h)) / 2h is refined by one Richardson step, (4·D(h/2) − D(h)) / 3,
 * which cancels its h² error term: the check then measures the engine, not the finite difference.
 * Relative error |a − n| / max(|a|, |n|, 1e-12).
 */
public final class GradientCheck {
    public static final double DEFAULT_STEP = 1e-5;

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

    /** Checks d(output)/d(leaf) for every input and parameter of the graph; leaves the graph as it found it. */
    public static List<Result> check(Graph graph, Value output, double step) {
        graph.forward();
        graph.zeroGrad();
        graph.backward(output);
        List<Result> results = new ArrayList<>();
        for (Value leaf : graph.nodes()) {
            if (leaf.op() != Op.INPUT && leaf.op() != Op.PARAMETER) {
                continue;
            }
            double x = leaf.data();
            double coarse = centralDifference(graph, output, leaf, x, step);
            double fine = centralDifference(graph, output, leaf, x, step / 2);
            graph.set(leaf, x);
            results.add(new Result(leaf, leaf.grad(), (4 * fine - coarse) / 3));
        }
        graph.forward();
        return results;
    }

    private static double centralDifference(Graph graph, Value output, Value leaf, double x, double h) {
        graph.set(leaf, x + h);
        graph.forward();
        double plus = output.data();
        graph.set(leaf, x - h);
        graph.forward();
        double minus = output.data();
        return (plus - minus) / (2 * h);
    }

    /** The largest relative error over all inputs. */
    public static double worst(List<Result> results) {
        return results.stream().mapToDouble(Result::relativeError).max().orElse(0.0);
    }
}
