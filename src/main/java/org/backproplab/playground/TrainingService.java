package org.backproplab.playground;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
    static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);
    static final long PAUSE_MILLIS = 50;
    static final int EPOCHS_PER_SLICE = 2;
    private static final AtomicInteger THREADS = new AtomicInteger();

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

    /**
     * Starts training; {@code progress} is called from a training thread at most every 100 ms and
     * once when training stops (paused, idle for 10 minutes, or diverged).
     */
    public void play(Playground playground, Consumer<Playground> progress) {
        playground.touch();
        playground.listener(progress);
        if (playground.isRunning()) {
            return;
        }
        playground.setRunning(true);
        submit(new Slice(playground));
    }

    public void pause(Playground playground) {
        playground.setRunning(false);
    }

    private void submit(Slice slice) {
        schedule(slice, 0);
    }

    private void schedule(Slice slice, long delayMillis) {
        try {
            executor.schedule(slice, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            slice.playground.setRunning(false); // the server is saturated or stopping: pause, keep the state
            slice.notifyListener();
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
        private long lastTick;

        Slice(Playground playground) {
            this.playground = playground;
        }

        @Override
        public void run() {
            if (playground.isRunning() && playground.idleNanos() > IDLE_NANOS) {
                playground.setRunning(false);
            }
            if (!playground.isRunning()) {
                notifyListener();
                return;
            }
            long start = System.nanoTime();
            int untilEpoch = playground.epochs() + EPOCHS_PER_SLICE;
            while (playground.isRunning() && System.nanoTime() - start < SLICE_NANOS && playground.epochs() < untilEpoch) {
                if (!playground.step()) {
                    playground.setRunning(false);
                }
            }
            if (System.nanoTime() - lastTick >= TICK_NANOS || !playground.isRunning()) {
                lastTick = System.nanoTime();
                notifyListener();
            }
            if (playground.isRunning()) {
                schedule(this, PAUSE_MILLIS);
            }
        }

        void notifyListener() {
            var listener = playground.listener();
            if (listener != null) {
                listener.accept(playground);
            }
        }
    }
}
