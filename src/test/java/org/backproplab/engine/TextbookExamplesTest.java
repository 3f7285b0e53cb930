package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.backproplab.engine.lang.Evaluation;
import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/** Worked examples from well-known sources, computed through the expression language. */
class TextbookExamplesTest {

    private static Evaluation run(String program, Map<String, Double> inputs) throws ParseException {
        return Program.parse(program).evaluate(inputs).backward();
    }

    /** CS231n "Backpropagation, Intuitions" (Stanford), first example: f(x, y, z) = (x + y)·z. */
    @Test
    void cs231nSumTimesZ() throws ParseException {
        var e = run("q = x + y\nf = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        assertThat(e.output().data()).isEqualTo(-12.0);
        assertThat(e.node("x").grad()).isEqualTo(-4.0);
        assertThat(e.node("y").grad()).isEqualTo(-4.0);
        assertThat(e.node("z").grad()).isEqualTo(3.0);
        assertThat(e.node("q").grad()).isEqualTo(-4.0);
    }

    /** CS231n, the 2-d sigmoid neuron: w = [2, −3, −3], x = [−1, −2]. */
    @Test
    void cs231nSigmoidNeuron() throws ParseException {
        var e = run("dot = w0 * x0 + w1 * x1 + w2\nf = sigmoid(dot)",
                Map.of("w0", 2.0, "w1", -3.0, "w2", -3.0, "x0", -1.0, "x1", -2.0));
        assertThat(e.output().data()).isCloseTo(0.7310585786, within(1e-9));
        assertThat(e.node("x0").grad()).isCloseTo(0.3932238664, within(1e-9));
        assertThat(e.node("x1").grad()).isCloseTo(-0.5898357997, within(1e-9));
        assertThat(e.node("w0").grad()).isCloseTo(-0.1966119332, within(1e-9));
        assertThat(e.node("w1").grad()).isCloseTo(-0.3932238664, within(1e-9));
        assertThat(e.node("w2").grad()).isCloseTo(0.1966119332, within(1e-9));
    }

    /** micrograd's README example (A. Karpathy): g = 24.7041, dg/da = 138.8338, dg/db = 645.5773. */
    @Test
    void microgradReadme() throws ParseException {
        String program = """
                c1 = a + b
                d1 = a * b + b^3
                c2 = c1 + c1 + 1
                c3 = c2 + 1 + c2 + (-a)
                d2 = d1 + d1 * 2 + relu(b + a)
                d3 = d2 + 3 * d2 + relu(b - a)
                e = c3 - d3
                f = e^2
                g1 = f / 2.0
                g = g1 + 10.0 / f
                """;
        var e = run(program, Map.of("a", -4.0, "b", 2.0));
        assertThat(e.output().data()).isCloseTo(24.7041, within(5e-5));
        assertThat(e.node("a").grad()).isCloseTo(138.8338, within(5e-5));
        assertThat(e.node("b").grad()).isCloseTo(645.5773, within(5e-5));
    }

    /**
     * Matt Mazur, "A Step by Step Backpropagation Example" (2015): a 2-2-2 sigmoid network with
     * ½ squared error; E_total, ∂E/∂w5 and ∂E/∂w1, and both weights after one step with η = 0.5.
     */
    @Test
    void mazurStepByStep() throws ParseException {
        String program = """
                # hidden layer
                h1 = sigmoid(w1 * i1 + w2 * i2 + b1)
                h2 = sigmoid(w3 * i1 + w4 * i2 + b1)
                # output layer
                o1 = sigmoid(w5 * h1 + w6 * h2 + b2)
                o2 = sigmoid(w7 * h1 + w8 * h2 + b2)
                E = 0.5 * (t1 - o1)^2 + 0.5 * (t2 - o2)^2
                """;
        var e = run(program, Map.ofEntries(Map.entry("i1", 0.05), Map.entry("i2", 0.10),
                Map.entry("w1", 0.15), Map.entry("w2", 0.20), Map.entry("w3", 0.25), Map.entry("w4", 0.30),
                Map.entry("b1", 0.35), Map.entry("w5", 0.40), Map.entry("w6", 0.45), Map.entry("w7", 0.50),
                Map.entry("w8", 0.55), Map.entry("b2", 0.60), Map.entry("t1", 0.01), Map.entry("t2", 0.99)));
        assertThat(e.node("o1").data()).isCloseTo(0.75136507, within(1e-8));
        assertThat(e.output().data()).isCloseTo(0.298371109, within(1e-9));
        assertThat(e.node("w5").grad()).isCloseTo(0.082167041, within(1e-9));
        assertThat(e.node("w1").grad()).isCloseTo(0.000438568, within(1e-9));
        assertThat(0.40 - 0.5 * e.node("w5").grad()).isCloseTo(0.35891648, within(1e-8));
        assertThat(0.15 - 0.5 * e.node("w1").grad()).isCloseTo(0.149780716, within(1e-9));
    }
}
