package org.backproplab.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backproplab.playground.Playground;
import org.backproplab.playground.PlaygroundSettings;
import org.backproplab.playground.TrainingService;

/**
 * Many learners at once: N playground states at default settings, trained together on the shared
 * executor. Prints the heap each state retains and the steps per second of all of them together.
 */
public final class SessionsBench {
    private final PrintStream out;

    public SessionsBench(PrintStream out) {
        this.out = out;
    }

    public void run(int n, double seconds) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        settle();
        long before = memory.getHeapMemoryUsage().getUsed();
        List<Playground> playgrounds = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            playgrounds.add(new Playground(PlaygroundSettings.defaults(PlaygroundSettings.DatasetKind.XOR)));
        }
        // Train a little first: history and optimiser state are part of what a state retains.
        playgrounds.forEach(p -> {
            for (int e = 0; e < 20; e++) {
                p.epoch();
            }
        });
        settle();
        long after = memory.getHeapMemoryUsage().getUsed();
        out.println(String.format(Locale.ROOT, "playground states: %d at XOR defaults, each after 20 epochs", n));
        out.println(String.format(Locale.ROOT, "retained heap per playground state: %.1f KB", (after - before) / 1024.0 / n));

        TrainingService training = new TrainingService();
        playgrounds.forEach(p -> p.reset(p.settings()));
        long start = System.nanoTime();
        playgrounds.forEach(training::play);
        Thread.sleep((long) (seconds * 1000));
        playgrounds.forEach(training::pause);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long steps = playgrounds.stream().mapToLong(Playground::steps).sum();
        long least = playgrounds.stream().mapToLong(Playground::steps).min().orElse(0);
        long most = playgrounds.stream().mapToLong(Playground::steps).max().orElse(0);
        int threads = training.threads();
        training.destroy();
        out.println(String.format(Locale.ROOT, "training threads: %d; %.1f s of concurrent training (each paced: at most 2 epochs per slice, 50 ms between slices)",
                threads, elapsed));
        out.println(String.format(Locale.ROOT, "total steps per second: %.0f (minibatch of 10; per playground from %d to %d steps: fair share)",
                steps / elapsed, least, most));
    }

    private static void settle() throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
    }
}
