package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import org.backproplab.engine.network.Losses;

/**
 * The backward pass agrees with central differences (relative error below 1e-6) on randomly
 * generated graphs that use every op, and on every loss, away from kinks.
 */
class GradientPropertiesTest {
    private static final double KINK = 1e-2;

    @Property(tries = 300)
    void randomGraphs(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int steps) {
        Random random = new Random(seed);
        Graph g = new Graph();
        List<Value> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double v = random.nextDouble() * 4 - 2;
            pool.add(i == 0 ? g.parameter("w", v) : g.input("x" + i, v));
        }
        try {
            for (int i = 0; i < steps; i++) {
                Value v = randomStep(g, pool, random);
                Assume.that(Math.abs(v.data()) < 1e3);
                pool.add(v);
            }
        } catch (NonFiniteException e) {
            Assume.that(false); // an overflow of a random composition says nothing about the gradients
        }
        Value out = pool.get(pool.size() - 1);
        var results = GradientCheck.check(g, out, GradientCheck.DEFAULT_STEP);
        for (var r : results) {
            if (!comparable(r, out)) {
                continue;
            }
            assertThat(r.relativeError()).as("d%s/d%s", out.label(), r.leaf().label()).isLessThan(1e-6);
        }
    }

    private static Value randomStep(Graph g, List<Value> pool, Random random) {
        Value a = pool.get(random.nextInt(pool.size()));
        Value b = pool.get(random.nextInt(pool.size()));
        Op op = Op.values()[3 + random.nextInt(Op.values().length - 3)]; // no leaves
        return switch (op) {
            case COPY -> g.copy(null, a);
            case ADD -> g.add(a, b);
            case SUB -> g.sub(a, b);
            case MUL -> g.mul(a, b);
            case DIV -> g.div(a, positive(g, b));
            case NEG -> g.neg(a);
            case POW -> random.nextBoolean() ? g.pow(a, 1 + random.nextInt(3)) : g.pow(positive(g, a), random.nextDouble() * 3 - 1.5);
            case EXP -> g.exp(g.tanh(a)); // bounded, so chains of exp do not overflow
            case LOG -> g.log(positive(g, a));
            case SQRT -> g.sqrt(positive(g, a));
            case ABS -> g.abs(awayFromKink(a, 0));
            case TANH -> g.tanh(a);
            case SIGMOID -> g.sigmoid(a);
            case RELU -> g.relu(awayFromKink(a, 0));
            case LEAKY_RELU -> g.leakyRelu(awayFromKink(a, 0), 0.1);
            case SOFTPLUS -> g.softplus(a);
            case MAX -> {
                Assume.that(Math.abs(a.data() - b.data()) > KINK);
                yield g.max(a, b);
            }
            case LOG_SUM_EXP -> g.logSumExp(List.of(a, b, pool.get(random.nextInt(pool.size()))));
            case CONSTANT, INPUT, PARAMETER -> throw new IllegalStateException();
        };
    }

    /**
     * Central differences lose digits when a derivative is tiny (a saturated tanh, an exact x − x)
     * or tiny next to the value itself: such a leaf says nothing either way.
     */
    private static boolean comparable(GradientCheck.Result r, Value out) {
        return Math.abs(r.analytic()) >= 1e-6 && Math.abs(r.analytic()) * 1e3 >= Math.abs(out.data());
    }

    /** softplus(x) + 0.5 > 0: keeps log, sqrt, division and fractional powers in their domain. */
    private static Value positive(Graph g, Value x) {
        return g.add(g.softplus(x), g.constant(0.5));
    }

    private static Value awayFromKink(Value x, double kink) {
        Assume.that(Math.abs(x.data() - kink) > KINK);
        return x;
    }

    @Property(tries = 200)
    void everyLossOnRandomInputs(@ForAll @DoubleRange(min = -4, max = 4) double p1,
            @ForAll @DoubleRange(min = -4, max = 4) double p2, @ForAll @DoubleRange(min = -4, max = 4) double p3,
            @ForAll @DoubleRange(min = 0, max = 1) double t, @ForAll @IntRange(min = 0, max = 2) int k,
            @ForAll boolean positiveLabel) {
        List<java.util.function.Function<Graph, Value>> losses = List.of(
                g -> Losses.squaredError(g, g.input("p", p1), t, true),
                g -> Losses.squaredError(g, g.input("p", p1), t, false),
                g -> Losses.meanSquaredError(g, List.of(g.input("a", p1), g.input("b", p2)), new double[] {t, -t}),
                g -> Losses.binaryCrossEntropy(g, g.sigmoid(g.input("z", p1)), t),
                g -> Losses.binaryCrossEntropyWithLogits(g, g.input("z", p1), t),
                g -> Losses.softmaxCrossEntropy(g, List.of(g.input("a", p1), g.input("b", p2), g.input("c", p3)), k),
                g -> {
                    double label = positiveLabel ? 1 : -1;
                    Assume.that(Math.abs(1 - label * p1) > KINK);
                    return Losses.hinge(g, g.input("s", p1), label);
                });
        for (var build : losses) {
            Graph g = new Graph();
            Value loss = build.apply(g);
            for (var r : GradientCheck.check(g, loss, GradientCheck.DEFAULT_STEP)) {
                if (!comparable(r, loss)) {
                    continue;
                }
                assertThat(r.relativeError()).as("loss %s, d/d%s", loss.label(), r.leaf().label()).isLessThan(1e-6);
            }
        }
    }
}
