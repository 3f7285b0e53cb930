package org.backproplab.playground;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Continuous training for every learner's playground on one bounded executor. A running
 * playground trains in slices (at most 20 ms, at most two epochs), then waits for its next turn 50 ms
 * later at the back of the queue: all sessions share the threads fairly, no learner gets a thread
 * of their own, and a learner sees a few dozen epochs a second — fast enough to watch it learn,
 * slow enough to see how.
 */
@Service
public class TrainingService implements DisposableBean {
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final Duration IDLE = Duration.ofMinutes(10);
    static final long PAUSE_MILLIS = 50;
    static final int EPOCHS_PER_SLICE = 2;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);

    private final ScheduledThreadPoolExecutor executor;
    private final int threads;

    public TrainingService() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    TrainingService(int threads) {
        this.threads = threads;
        executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "training-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // page requests come first
            return t;
        });
    }

    /** Starts training, unless it runs already; it stops when paused, idle for 10 minutes, or diverged. */
    public void play(Playground playground) {
        playground.touch();
        Object run = playground.startRun();
        if (run != null) {
            schedule(new Slice(playground, run), 0);
        }
    }

    public void pause(Playground playground) {
        playground.stopRunning();
    }

    /** One minibatch, by hand; the other tabs watching the playground show it too. */
    public void step(Playground playground, Consumer<Playground> from) {
        playground.touch();
        playground.step();
        changed(playground, from);
    }

    /** Trains to the end of the epoch, by hand; the other tabs show it too. */
    public void epoch(Playground playground, Consumer<Playground> from) {
        playground.touch();
        playground.epoch();
        changed(playground, from);
    }

    /** A new network with these settings, trained from scratch; the other tabs start showing it. */
    public void reset(Playground playground, PlaygroundSettings settings, Consumer<Playground> from) {
        pause(playground);
        playground.reset(settings);
        changed(playground, from);
    }

    /**
     * Every tab of a session shows one playground: when the learner changes it in one tab ({@code from},
     * the watcher that tab registered and which redraws itself), the others hear of it as they hear of
     * training, so no tab keeps showing an epoch or a network that is gone.
     */
    private static void changed(Playground playground, Consumer<Playground> from) {
        tell(playground, playground.listenersBut(from));
    }

    private static void tell(Playground playground, List<Consumer<Playground>> listeners) {
        for (var listener : listeners) {
            try {
                listener.accept(playground);
            } catch (RuntimeException e) {
                // One tab failing (its UI gone mid-update, say) must not end training for the others.
                LOG.warn("A playground listener failed; training goes on", e);
            }
        }
    }

    /**
     * Lets a view watch the training: {@code progress} is called from a training thread at most every
     * 100 ms and once when training stops. Removing the last watcher pauses training — nobody is
     * looking any more, and the threads are shared — while other tabs' watchers keep it going.
     */
    public Registration watch(Playground playground, Consumer<Playground> progress) {
        Registration listener = playground.addListener(progress);
        return Registration.once(() -> {
            listener.remove();
            if (playground.listeners().isEmpty()) {
                pause(playground);
            }
        });
    }

    private void schedule(Slice slice, long delayMillis) {
        try {
            executor.schedule(slice, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            slice.playground.endRun(slice.run); // the server is saturated or stopping: pause, keep the state
            slice.notifyListeners();
        }
    }

    public int threads() {
        return threads;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private final class Slice implements Runnable {
        private final Playground playground;
        private final Object run;
        private long lastTick = System.nanoTime() - TICK_NANOS; // the first slice reports at once

        Slice(Playground playground, Object run) {
            this.playground = playground;
            this.run = run;
        }

        @Override
        public void run() {
            try {
                train();
            } catch (RuntimeException e) {
                // An exception would end this task silently and leave the playground "running" for ever,
                // with Play showing Pause and doing nothing: stop the run instead, so Play works again.
                LOG.error("Training stopped by an unexpected error", e);
                playground.endRun(run);
                notifyListeners();
            }
        }

        private void train() {
            if (!playground.isCurrentRun(run)) {
                if (!playground.isRunning()) {
                    notifyListeners(); // paused between slices: every tab shows it; a newer run reports for itself
                }
                return;
            }
            if (playground.idleTime().compareTo(IDLE) > 0) {
                playground.endRun(run);
                notifyListeners();
                return;
            }
            long start = System.nanoTime();
            int untilEpoch = playground.epochs() + EPOCHS_PER_SLICE;
            while (playground.isCurrentRun(run) && System.nanoTime() - start < SLICE_NANOS && playground.epochs() < untilEpoch) {
                if (!playground.step()) {
                    playground.endRun(run);
                }
            }
            boolean running = playground.isCurrentRun(run);
            if (System.nanoTime() - lastTick >= TICK_NANOS || !running) {
                lastTick = System.nanoTime();
                notifyListeners();
            }
            if (running) {
                schedule(this, PAUSE_MILLIS);
            }
        }

        void notifyListeners() {
            tell(playground, playground.listeners());
        }
    }
}
