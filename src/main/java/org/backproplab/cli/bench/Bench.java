package org.backproplab.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.BatchTrainer;
import org.backproplab.engine.network.Datasets;
import org.backproplab.engine.network.Init;
import org.backproplab.engine.network.LearningRate;
import org.backproplab.engine.network.Loss;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.NetworkGraph;
import org.backproplab.engine.network.Optimizer;

/**
 * Training speed, side by side in one process: micrograd's demo workload run (a) through the node
 * graph, (b) through the fast path, (c) through a hand-written double[] loop — the limit. Then a
 * larger workload for (b) and (c). Each repetition trains from the same start; the median counts.
 */
public final class Bench {
    static final int REPETITIONS = 7;
    private final PrintStream out;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public Bench(PrintStream out) {
        this.out = out;
    }

    /** One way of training, measured: median ms per step, bytes per step, final loss and accuracy. */
    record Run(String way, double msPerStep, double bytesPerStep, double loss, double accuracy) {
    }

    /** One way to train: set up from the start (not measured), then steps (measured), then a score. */
    interface Trainer {
        Session start();
    }

    interface Session {
        void step(int k);

        /** {loss, accuracy} at the end. */
        double[] score();
    }

    public void run() {
        var data = Datasets.twoMoons(100, 0.1, 1337);
        int[] sizes = {2, 16, 16, 1};
        Activation[] acts = {Activation.RELU, Activation.RELU, Activation.LINEAR};
        Network start = Network.create(sizes, acts, Init.UNIFORM, 1337);
        int steps = 100;
        double l2 = 1e-4;
        out.println("demo workload (micrograd): two moons, 100 points, noise 0.1; MLP 2-16-16-1, ReLU hidden, linear out;");
        out.println("  mean hinge + 1e-4*sum(w^2); 100 full-batch SGD steps, lr = 1 - 0.9*k/100; "
                + REPETITIONS + " timed repetitions after warm-up, median");

        Trainer graph = () -> {
            Network net = start.copy();
            Optimizer sgd = Optimizer.sgd(LearningRate.linearDecay(1.0, 0.1, steps), 0);
            return session(k -> {
                var g = NetworkGraph.forBatch(net, data.x(), data.y(), null, 0, 100, Loss.HINGE, l2);
                net.setGradients(g.gradients());
                sgd.step(net);
            }, () -> finalGraph(net, data, l2));
        };
        Trainer fast = () -> {
            Network net = start.copy();
            var trainer = new BatchTrainer(net, Loss.HINGE, l2, 100);
            Optimizer sgd = Optimizer.sgd(LearningRate.linearDecay(1.0, 0.1, steps), 0);
            return session(k -> {
                trainer.computeGradients(data.x(), data.y(), null, 0, 100);
                sgd.step(net);
            }, () -> score(trainer, net, data, l2));
        };
        Trainer limit = () -> {
            var ref = new ReferenceLoop(sizes, start.parameters(), l2, 100);
            return session(k -> {
                ref.lossAndGradients(data.x(), data.y(), null, 0, 100);
                ref.sgd(1.0 - 0.9 * k / 100);
            }, () -> ref.evaluate(data.x(), data.y(), 100, 100));
        };
        List<Run> demo = measure(steps, List.of("graph", "fast", "limit"), List.of(graph, fast, limit));
        demo.forEach(this::print);
        agreement(demo);

        out.println();
        var big = Datasets.twoMoons(1000, 0.1, 7);
        int[] bigSizes = {2, 64, 64, 1};
        Network bigStart = Network.create(bigSizes, acts, Init.HE, 7);
        int batch = 64;
        int bigSteps = 1000 / batch * 5; // five epochs of minibatches
        int[] order = shuffledOrder(1000, 11);
        out.println("larger workload: two moons, 1000 points; MLP 2-64-64-1, ReLU; mean hinge + 1e-4*sum(w^2);");
        out.println("  minibatches of 64, " + bigSteps + " Adam steps (lr 0.01)");
        Trainer bigFast = () -> {
            Network net = bigStart.copy();
            var trainer = new BatchTrainer(net, Loss.HINGE, l2, batch);
            Optimizer adam = Optimizer.adam(LearningRate.constant(0.01));
            return session(k -> {
                trainer.computeGradients(big.x(), big.y(), order, (k * batch) % (1000 - batch), batch);
                adam.step(net);
            }, () -> score(trainer, net, big, l2));
        };
        Trainer bigLimit = () -> {
            var ref = new ReferenceLoop(bigSizes, bigStart.parameters(), l2, batch);
            return session(k -> {
                ref.lossAndGradients(big.x(), big.y(), order, (k * batch) % (1000 - batch), batch);
                ref.adam(0.01, 0.9, 0.999, 1e-8);
            }, () -> ref.evaluate(big.x(), big.y(), 1000, batch));
        };
        List<Run> larger = measure(bigSteps, List.of("fast", "limit"), List.of(bigFast, bigLimit));
        larger.forEach(this::print);
        agreement(larger);
        out.println(String.format(Locale.ROOT, "larger fast/limit ratio: %.3f", larger.get(0).msPerStep() / larger.get(1).msPerStep()));

        out.println();
        out.println(String.format(Locale.ROOT, "graph/limit ratio: %.3f", demo.get(0).msPerStep() / demo.get(2).msPerStep()));
        out.println(String.format(Locale.ROOT, "fast/limit ratio: %.3f", demo.get(1).msPerStep() / demo.get(2).msPerStep()));
    }

    /** Warm up, then time the trainers in turns so that machine noise hits all of them alike. */
    private List<Run> measure(int steps, List<String> names, List<Trainer> trainers) {
        int n = trainers.size();
        for (int w = 0; w < 3; w++) {
            trainers.forEach(t -> train(t, steps));
        }
        double[][] ms = new double[n][REPETITIONS];
        double[][] bytes = new double[n][REPETITIONS];
        double[][] last = new double[n][];
        for (int r = 0; r < REPETITIONS; r++) {
            for (int t = 0; t < n; t++) {
                Session session = trainers.get(t).start();
                long started = System.nanoTime();
                session.step(0); // the first step sizes optimiser state: allocation is counted after it
                long allocated = threads.getCurrentThreadAllocatedBytes();
                for (int k = 1; k < steps; k++) {
                    session.step(k);
                }
                bytes[t][r] = (double) (threads.getCurrentThreadAllocatedBytes() - allocated) / (steps - 1);
                ms[t][r] = (System.nanoTime() - started) / 1e6 / steps;
                last[t] = session.score();
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            runs.add(new Run(names.get(t), median(ms[t]), median(bytes[t]), last[t][0], last[t][1]));
        }
        return runs;
    }

    private void print(Run run) {
        out.println(String.format(Locale.ROOT, "%-6s median %.3f ms/step, final loss %.12f, accuracy %.3f, allocated %.3f bytes/step after the first",
                run.way() + ":", run.msPerStep(), run.loss(), run.accuracy(), run.bytesPerStep()));
    }

    private void agreement(List<Run> runs) {
        double worst = 0;
        for (Run r : runs) {
            Run ref = runs.get(runs.size() - 1);
            worst = Math.max(worst, Math.abs(r.loss() - ref.loss()) / Math.max(Math.abs(ref.loss()), 1e-300));
            if (r.accuracy() != ref.accuracy()) {
                worst = Double.POSITIVE_INFINITY;
            }
        }
        out.println(String.format(Locale.ROOT, "agreement: largest relative difference in final loss %.3e (%s 1e-9), accuracies %s",
                worst, worst <= 1e-9 ? "within" : "NOT within", Double.isInfinite(worst) ? "differ" : "equal"));
    }

    private static void train(Trainer trainer, int steps) {
        Session session = trainer.start();
        for (int k = 0; k < steps; k++) {
            session.step(k);
        }
        session.score();
    }

    private static Session session(java.util.function.IntConsumer step, java.util.function.Supplier<double[]> score) {
        return new Session() {
            @Override
            public void step(int k) {
                step.accept(k);
            }

            @Override
            public double[] score() {
                return score.get();
            }
        };
    }

    private static double[] score(BatchTrainer trainer, Network net, Datasets.Dataset data, double l2) {
        var score = trainer.evaluate(data.x(), data.y(), data.size());
        return new double[] {score.loss() + l2 * net.sumOfSquaredWeights(), score.accuracy()};
    }

    private static double[] finalGraph(Network net, Datasets.Dataset data, double l2) {
        var g = NetworkGraph.forBatch(net, data.x(), data.y(), null, 0, data.size(), Loss.HINGE, l2);
        int correct = 0;
        for (int e = 0; e < data.size(); e++) {
            if ((net.predict(data.x()[e])[0] > 0) == (data.y()[e][0] > 0)) {
                correct++;
            }
        }
        return new double[] {g.loss().data(), (double) correct / data.size()};
    }

    private static int[] shuffledOrder(int n, long seed) {
        int[] order = new int[n];
        Arrays.setAll(order, k -> k);
        Random random = new Random(seed);
        for (int k = n - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            int t = order[k];
            order[k] = order[r];
            order[r] = t;
        }
        return order;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
