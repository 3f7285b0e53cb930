package org.backproplab.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.BatchTrainer;
import org.backproplab.engine.network.Datasets;
import org.backproplab.engine.network.Init;
import org.backproplab.engine.network.LearningRate;
import org.backproplab.engine.network.Loss;
import org.backproplab.engine.network.Network;
import org.backproplab.engine.network.Optimizer;

/**
 * One learner's playground: a network, its data, its optimiser and a bounded history. Training
 * runs on a shared executor while the UI reads, so every method holds the lock briefly (one batch
 * at most). Every open tab of the session shows the same playground, so it has a listener per tab.
 */
public final class Playground {
    static final int TRAIN = 200;
    static final int TEST = 100;
    static final int MAX_HISTORY = 400;
    /** How many recent epochs the too-high-rate warning looks at. */
    static final int SWING_WINDOW = 6;

    private PlaygroundSettings settings;
    private Datasets.Dataset train;
    private Datasets.Dataset test;
    private Network net;
    private BatchTrainer trainer;
    private Optimizer optimizer;
    private int[] order;
    private Random shuffle;
    private int cursor;
    private int epoch;
    private long steps;
    private final List<EpochPoint> history = new ArrayList<>();
    private double[] lastGradient = new double[0];
    private String diverged;
    private String warning;
    /** Counts resets, so that a tab can tell "a new network" from "the same one, trained further". */
    private long generation;
    private final Clock clock;
    private final List<Consumer<Playground>> listeners = new CopyOnWriteArrayList<>();
    /** The current training run, null when paused: a run left over from before a pause sees it is stale. */
    private final AtomicReference<Object> run = new AtomicReference<>();
    private volatile Instant lastTouched;

    /** A playground on the system clock, for tools and tests that never look at its idle time. */
    public Playground(PlaygroundSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public Playground(PlaygroundSettings settings, Clock clock) {
        this.clock = clock;
        reset(settings);
    }

    public synchronized void reset(PlaygroundSettings newSettings) {
        settings = newSettings;
        var all = data(settings);
        train = slice(all, 0, TRAIN);
        test = slice(all, TRAIN, TRAIN + TEST);
        List<Integer> sizes = new ArrayList<>();
        sizes.add(train.x()[0].length);
        sizes.addAll(settings.hidden());
        sizes.add(1);
        Activation[] acts = new Activation[sizes.size() - 1];
        java.util.Arrays.fill(acts, settings.activation());
        acts[acts.length - 1] = Activation.LINEAR;
        Init init = settings.activation() == Activation.RELU ? Init.HE : Init.XAVIER;
        net = Network.create(sizes.stream().mapToInt(Integer::intValue).toArray(), acts, init, settings.seed());
        trainer = new BatchTrainer(net, settings.loss(), settings.l2(), Math.max(settings.batchSize(), 50));
        optimizer = switch (settings.optimizer()) {
            case SGD -> Optimizer.sgd(LearningRate.constant(settings.learningRate()), 0);
            case MOMENTUM -> Optimizer.sgd(LearningRate.constant(settings.learningRate()), 0.9);
            case ADAM -> Optimizer.adam(LearningRate.constant(settings.learningRate()));
        };
        order = new int[TRAIN];
        java.util.Arrays.setAll(order, k -> k);
        shuffle = new Random(settings.seed());
        cursor = 0;
        epoch = 0;
        steps = 0;
        history.clear();
        diverged = null;
        warning = null;
        generation++;
        lastGradient = new double[net.layers()];
        record(); // epoch 0: where the untrained network starts
        run.set(null);
        touch();
    }

    private static Datasets.Dataset data(PlaygroundSettings s) {
        int n = TRAIN + TEST;
        var d = switch (s.dataset()) {
            case XOR -> Datasets.xor(n, s.noise(), s.seed());
            case MOONS -> Datasets.twoMoons(n, s.noise(), s.seed());
            case CIRCLES -> Datasets.circles(n, s.noise(), s.seed());
            case SPIRAL -> Datasets.spiral(n, s.noise(), s.seed());
            case LINEAR -> Datasets.linear(n, s.noise(), s.seed());
            case HOUSE_PRICES -> Datasets.housePrices(n, s.noise(), s.seed());
        };
        if (s.loss() == Loss.BCE_WITH_LOGITS) {
            for (double[] y : d.y()) {
                y[0] = y[0] > 0 ? 1 : 0; // BCE wants 0/1 targets; the others ±1
            }
        }
        return d;
    }

    private static Datasets.Dataset slice(Datasets.Dataset d, int from, int to) {
        return new Datasets.Dataset(java.util.Arrays.copyOfRange(d.x(), from, to), java.util.Arrays.copyOfRange(d.y(), from, to));
    }

    /** One minibatch. Returns false (and keeps the state) when training has diverged. */
    public synchronized boolean step() {
        if (diverged != null) {
            return false;
        }
        if (cursor == 0) {
            for (int k = order.length - 1; k > 0; k--) {
                int r = shuffle.nextInt(k + 1);
                int t = order[k];
                order[k] = order[r];
                order[r] = t;
            }
        }
        int count = Math.min(settings.batchSize(), TRAIN - cursor);
        try {
            trainer.computeGradients(train.x(), train.y(), order, cursor, count);
            optimizer.step(net);
        } catch (NonFiniteException e) {
            return diverge();
        }
        if (!weightsFinite()) {
            return diverge();
        }
        recordGradients();
        steps++;
        cursor += count;
        if (cursor >= TRAIN) {
            cursor = 0;
            epoch++;
            record();
        }
        return true;
    }

    /** Steps to the end of the current epoch. */
    public synchronized boolean epoch() {
        int target = epoch + 1;
        while (epoch < target) {
            if (!step()) {
                return false;
            }
        }
        return true;
    }

    private boolean diverge() {
        diverged = "Training diverged — try a smaller learning rate.";
        warning = null; // the stronger message says it all
        run.set(null);
        return false;
    }

    private boolean weightsFinite() {
        for (int k = 0; k < net.parameterCount(); k++) {
            if (!Double.isFinite(net.param(k))) {
                return false;
            }
        }
        return true;
    }

    private void recordGradients() {
        for (int l = 1; l <= net.layers(); l++) {
            double sum = 0;
            int n = 0;
            for (int j = 1; j <= net.size(l); j++) {
                for (int i = 1; i <= net.size(l - 1); i++) {
                    sum += Math.abs(net.grad(net.weightIndex(l, j, i)));
                    n++;
                }
            }
            lastGradient[l - 1] = sum / n;
        }
    }

    private void record() {
        var tr = score(train);
        var te = score(test);
        double[] gradients = lastGradient.clone();
        if (epoch == 0) {
            java.util.Arrays.fill(gradients, Double.NaN); // no step taken yet
        }
        history.add(new EpochPoint(epoch, tr[0], te[0], tr[1], te[1], gradients));
        if (history.size() > MAX_HISTORY) {
            // Keep memory bounded: thin the older half.
            for (int k = 1; k < history.size() / 2; k++) {
                history.remove(k);
            }
        }
        warning = swingWarning();
    }

    /**
     * A rate that is too high shows in the loss long before any number overflows: it climbs above
     * where the untrained network started, or it jumps up again and again instead of settling. Looks
     * at the last {@link #SWING_WINDOW} epochs only (the thinning keeps the newest ones contiguous),
     * so the warning goes once training has settled. Noisy but small losses near zero are left
     * alone: a swing counts only when it reaches half the untrained loss.
     */
    private String swingWarning() {
        double untrained = history.get(0).trainLoss();
        int from = Math.max(1, history.size() - SWING_WINDOW);
        if (from >= history.size()) {
            return null;
        }
        double low = Double.MAX_VALUE;
        double high = 0;
        int bigRises = 0;
        boolean fell = false;
        for (int k = from; k < history.size(); k++) {
            double loss = history.get(k).trainLoss();
            double before = history.get(k - 1).trainLoss();
            low = Math.min(low, loss);
            high = Math.max(high, loss);
            if (loss >= 1.5 * before) {
                bigRises++;
            }
            fell |= loss < before;
        }
        boolean worseThanUntrained = high > 1.5 * untrained;
        boolean swinging = bigRises >= 2 && high >= 0.5 * untrained;
        if (!worseThanUntrained && !swinging) {
            return null;
        }
        String what = fell
                ? String.format(Locale.ROOT, "The loss swings between %.2g and %.2g over the last %d epochs instead of settling",
                        low, high, history.size() - from)
                : String.format(Locale.ROOT, "The loss rose from %.2g to %.2g instead of falling",
                        history.get(from - 1).trainLoss(), high);
        return what + ": the learning rate looks too high — try a smaller one.";
    }

    /** {mean loss, accuracy (NaN for regression)}. */
    private double[] score(Datasets.Dataset d) {
        var s = trainer.evaluate(d.x(), d.y(), d.size());
        return new double[] {s.loss(), settings.dataset().isRegression() ? Double.NaN : s.accuracy()};
    }

    // ---- reading ------------------------------------------------------------------------------

    public synchronized PlaygroundSettings settings() {
        return settings;
    }

    /** Minibatch steps taken since the last reset. */
    public synchronized long steps() {
        return steps;
    }

    public synchronized int epochs() {
        return epoch;
    }

    public synchronized List<EpochPoint> history() {
        return List.copyOf(history);
    }

    public synchronized String diverged() {
        return diverged;
    }

    /** A warning while training still runs (a loss that swings or grows), or null. */
    public synchronized String warning() {
        return warning;
    }

    /** Examples of the current epoch used so far: Step moves this on by one batch. */
    public synchronized int examplesIntoEpoch() {
        return cursor;
    }

    /** Changes with every reset: a different network from the one a tab drew before. */
    public synchronized long generation() {
        return generation;
    }

    /** A copy of the network, for drawing and inspecting without holding the lock. */
    public synchronized Network network() {
        Network copy = net.copy();
        copy.setGradients(gradientsOf(net));
        return copy;
    }

    private static double[] gradientsOf(Network n) {
        double[] g = new double[n.parameterCount()];
        for (int k = 0; k < g.length; k++) {
            g[k] = n.grad(k);
        }
        return g;
    }

    public synchronized Datasets.Dataset trainData() {
        return train;
    }

    public boolean isRunning() {
        return run.get() != null;
    }

    /**
     * Starts a new training run and returns its token, or null when one is running already. A run left
     * over from before a pause ends at its next turn instead of training alongside the new one.
     */
    Object startRun() {
        Object token = new Object();
        return run.compareAndSet(null, token) ? token : null;
    }

    boolean isCurrentRun(Object token) {
        return run.get() == token;
    }

    /** Ends this run only: a stale run must not stop the one a later Play started. */
    void endRun(Object token) {
        run.compareAndSet(token, null);
    }

    void stopRunning() {
        run.set(null);
    }

    /**
     * Who hears about training progress: one listener per view showing this playground, each removed
     * by its own registration, so closing one tab leaves the others listening.
     */
    Registration addListener(Consumer<Playground> listener) {
        var entry = new Listener(listener);
        listeners.add(entry);
        return Registration.once(() -> listeners.remove(entry));
    }

    List<Consumer<Playground>> listeners() {
        return List.copyOf(listeners);
    }

    /** Every listener but the one added as {@code except}: the tab that made a change redraws itself. */
    List<Consumer<Playground>> listenersBut(Consumer<Playground> except) {
        return listeners.stream().filter(l -> ((Listener) l).target != except).toList();
    }

    /** The session ended: nobody can watch or resume this playground any more. */
    void close() {
        run.set(null);
        listeners.clear();
    }

    /** The learner did something: training keeps going for another idle period. */
    public void touch() {
        lastTouched = clock.instant();
    }

    Duration idleTime() {
        return Duration.between(lastTouched, clock.instant());
    }

    /** A class, not a record: identity equality, so removing one registration never removes another. */
    private static final class Listener implements Consumer<Playground> {
        private final Consumer<Playground> target;

        Listener(Consumer<Playground> target) {
            this.target = target;
        }

        @Override
        public void accept(Playground playground) {
            target.accept(playground);
        }
    }
}
