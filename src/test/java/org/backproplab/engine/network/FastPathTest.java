package org.backproplab.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast path gives the node graph's loss and gradients on several architectures and losses. */
class FastPathTest {

    @ParameterizedTest(name = "{0} {1} {2} l2={3}")
    @CsvSource({
            "2-16-16-1, RELU,    HINGE,                 1e-4",
            "2-3-1,     SIGMOID, BCE_WITH_LOGITS,       0",
            "3-4-4-3,   TANH,    SOFTMAX_CROSS_ENTROPY, 0.01",
            "1-8-1,     TANH,    MSE,                   0",
            "4-1,       LINEAR,  MSE,                   0.1",
            "2-5-4-3-2, SIGMOID, MSE,                   0",
    })
    void sameGradientsAsTheNodeGraph(String shape, Activation hidden, Loss loss, double l2) {
        int[] sizes = java.util.Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
        Activation[] acts = new Activation[sizes.length - 1];
        java.util.Arrays.fill(acts, hidden);
        acts[acts.length - 1] = Activation.LINEAR;
        Network net = Network.create(sizes, acts, Init.XAVIER, 42);
        Random random = new Random(7);
        int n = 13;
        double[][] xs = new double[n][sizes[0]];
        double[][] ts = new double[n][sizes[sizes.length - 1]];
        for (int e = 0; e < n; e++) {
            for (int i = 0; i < sizes[0]; i++) {
                xs[e][i] = random.nextGaussian();
            }
            targets(loss, ts[e], random);
        }
        int[] idx = {3, 1, 4, 1, 5, 9, 2, 6};

        var trainer = new BatchTrainer(net, loss, l2, 8);
        double fastLoss = trainer.computeGradients(xs, ts, idx, 0, idx.length);
        var graph = NetworkGraph.forBatch(net, xs, ts, idx, 0, idx.length, loss, l2);
        double[] graphGrads = graph.gradients();

        assertClose(fastLoss, graph.loss().data(), "loss");
        for (int k = 0; k < net.parameterCount(); k++) {
            assertClose(net.grad(k), graphGrads[k], net.parameterName(k));
        }
    }

    private static void targets(Loss loss, double[] t, Random random) {
        switch (loss) {
            case HINGE -> t[0] = random.nextBoolean() ? 1 : -1;
            case BCE_WITH_LOGITS -> t[0] = random.nextBoolean() ? 1 : 0;
            case SOFTMAX_CROSS_ENTROPY -> t[random.nextInt(t.length)] = 1;
            case MSE -> {
                for (int k = 0; k < t.length; k++) {
                    t[k] = random.nextGaussian();
                }
            }
        }
    }

    private static void assertClose(double fast, double graph, String what) {
        double tolerance = 1e-12 * Math.max(Math.abs(fast), Math.abs(graph)) + 1e-15;
        assertThat(Math.abs(fast - graph)).as("%s: fast %s, graph %s", what, fast, graph).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void aStepAllocatesNothingAfterWarmUp() {
        Network net = Network.create(new int[] {2, 16, 16, 1}, new Activation[] {Activation.RELU, Activation.RELU, Activation.LINEAR}, Init.UNIFORM, 1);
        var data = Datasets.twoMoons(100, 0.1, 3);
        var trainer = new BatchTrainer(net, Loss.HINGE, 1e-4, 100);
        var sgd = Optimizer.sgd(LearningRate.linearDecay(1, 0.1, 100), 0.9);
        for (int k = 0; k < 20; k++) {
            trainer.computeGradients(data.x(), data.y(), null, 0, 100);
            sgd.step(net);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 50; k++) {
            trainer.computeGradients(data.x(), data.y(), null, 0, 100);
            sgd.step(net);
        }
        long perStep = (threads.getCurrentThreadAllocatedBytes() - before) / 50;
        assertThat(perStep).isLessThan(64); // the measurement itself may allocate a little
    }

    @Test
    void trainingTheDemoSeparatesTheMoons() {
        Network net = Network.create(new int[] {2, 16, 16, 1}, new Activation[] {Activation.RELU, Activation.RELU, Activation.LINEAR}, Init.UNIFORM, 1);
        var data = Datasets.twoMoons(100, 0.1, 3);
        var trainer = new BatchTrainer(net, Loss.HINGE, 1e-4, 100);
        var sgd = Optimizer.sgd(LearningRate.linearDecay(1, 0.1, 100), 0);
        for (int k = 0; k < 100; k++) {
            trainer.computeGradients(data.x(), data.y(), null, 0, 100);
            sgd.step(net);
        }
        assertThat(trainer.evaluate(data.x(), data.y(), 100).accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void parametersAreNamedOnceAndEverywhereTheSame() {
        Network net = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.SIGMOID, Activation.LINEAR});
        assertThat(net.parameterName(net.weightIndex(1, 2, 1))).isEqualTo("w1_2_1");
        assertThat(net.parameterName(net.biasIndex(1, 3))).isEqualTo("b1_3");
        assertThat(net.parameterName(net.weightIndex(2, 1, 3))).isEqualTo("w2_1_3");
        assertThat(net.parameterCount()).isEqualTo(2 * 3 + 3 + 3 + 1);
        var graph = NetworkGraph.forExample(net, new double[] {1, 2}, new double[] {0}, Loss.MSE);
        assertThat(graph.graph().node("w2_1_3")).isNotNull();
        assertThat(graph.graph().node("a1_2")).isNotNull();
        assertThat(graph.graph().node("z2_1")).isNotNull();
        assertThat(graph.loss().name()).isEqualTo("E");
    }

    @Test
    void learningRateSchedules() {
        assertThat(LearningRate.linearDecay(1, 0.1, 100).at(0)).isEqualTo(1.0);
        assertThat(LearningRate.linearDecay(1, 0.1, 100).at(50)).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(LearningRate.linearDecay(1, 0.1, 100).at(500)).isEqualTo(0.1);
        assertThat(LearningRate.stepDecay(1, 0.5, 10).at(25)).isEqualTo(0.25);
        assertThat(LearningRate.constant(0.3).at(1000)).isEqualTo(0.3);
    }

    @Test
    void adamAndMomentumDescendAQuadratic() {
        for (Optimizer opt : new Optimizer[] {Optimizer.adam(LearningRate.constant(0.1)), Optimizer.sgd(LearningRate.constant(0.1), 0.9)}) {
            double[] p = {3, -2};
            double[] g = new double[2];
            for (int k = 0; k < 500; k++) {
                g[0] = 2 * p[0];
                g[1] = 2 * p[1];
                opt.step(p, g);
            }
            assertThat(Math.abs(p[0]) + Math.abs(p[1])).isLessThan(1e-3);
        }
    }
}
