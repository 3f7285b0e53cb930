package org.backproplab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UIDetachedException;

import org.backproplab.playground.PlaygroundSettings.DatasetKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Continuous training on the shared executor, with real threads and a clock the test moves. */
class TrainingServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MovableClock clock = new MovableClock();
    private final Playground playground = new Playground(PlaygroundSettings.defaults(DatasetKind.XOR), clock);
    private final TrainingService training = new TrainingService(1);

    @AfterEach
    void stopThreads() {
        training.destroy();
    }

    /** Waits until training has taken more steps than now: proof that it is still going. */
    private void awaitMoreSteps() {
        long before = playground.steps();
        await().atMost(WAIT).until(() -> playground.steps() > before);
    }

    @Test
    void trainingStopsAfterTenIdleMinutesAndTellsItsWatchers() {
        List<Boolean> heard = new CopyOnWriteArrayList<>();
        training.watch(playground, p -> heard.add(p.isRunning()));
        training.play(playground);
        awaitMoreSteps();

        clock.advance(Duration.ofMinutes(9));
        awaitMoreSteps();
        assertThat(playground.isRunning()).isTrue();

        clock.advance(Duration.ofMinutes(2));
        await().atMost(WAIT).until(() -> !playground.isRunning());
        await().atMost(WAIT).until(() -> heard.get(heard.size() - 1).equals(false));
        long stopped = playground.steps();
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> playground.steps() == stopped);
    }

    @Test
    void aTouchStartsTheIdleTimeAfresh() {
        training.play(playground);
        clock.advance(Duration.ofMinutes(9));
        playground.touch(); // say, the learner pressed Step
        clock.advance(Duration.ofMinutes(9));
        awaitMoreSteps();
        assertThat(playground.isRunning()).isTrue();
    }

    @Test
    void closingOneTabKeepsTrainingForTheOtherAndClosingTheLastPausesIt() {
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        var firstTab = training.watch(playground, p -> first.incrementAndGet());
        var secondTab = training.watch(playground, p -> second.incrementAndGet());
        training.play(playground);
        await().atMost(WAIT).until(() -> first.get() > 0 && second.get() > 0);

        firstTab.remove();
        int heardBySecond = second.get();
        awaitMoreSteps();
        await().atMost(WAIT).until(() -> second.get() > heardBySecond);
        assertThat(playground.isRunning()).isTrue();

        secondTab.remove();
        assertThat(playground.isRunning()).isFalse();
    }

    @Test
    void aWatcherWhoseTabIsGoneNeitherStopsTrainingNorLeavesItStuck() {
        var heard = new AtomicInteger();
        training.watch(playground, p -> {
            throw new UIDetachedException();
        });
        training.watch(playground, p -> heard.incrementAndGet());
        training.play(playground);
        await().atMost(WAIT).until(() -> heard.get() >= 3);
        awaitMoreSteps();

        training.pause(playground);
        assertThat(playground.isRunning()).isFalse();
        training.play(playground); // Play works again
        assertThat(playground.isRunning()).isTrue();
        awaitMoreSteps();
    }

    @Test
    void pauseAndPlayInQuickSuccessionKeepOneTrainingRunNotTwo() throws InterruptedException {
        training.play(playground);
        training.pause(playground);
        training.play(playground); // the first run's next slice is still waiting its turn
        long start = System.nanoTime();
        Thread.sleep(1000);
        training.pause(playground);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // One run trains at most EPOCHS_PER_SLICE epochs per slice and waits PAUSE_MILLIS between
        // slices; two runs side by side would train about twice as many.
        long slices = 2 + millis / TrainingService.PAUSE_MILLIS;
        assertThat(playground.epochs()).isGreaterThan(0).isLessThanOrEqualTo((int) (slices * TrainingService.EPOCHS_PER_SLICE));
    }

    @Test
    void aDivergingRunStopsAndTellsItsWatchers() {
        var settings = new PlaygroundSettings(DatasetKind.HOUSE_PRICES, 0.1, List.of(8), org.backproplab.engine.network.Activation.RELU,
                org.backproplab.engine.network.Loss.MSE, PlaygroundSettings.OptimizerKind.SGD, 10, 10, 0, 1);
        var diverging = new Playground(settings, clock);
        List<String> heard = new CopyOnWriteArrayList<>();
        training.watch(diverging, p -> heard.add(p.isRunning() + " " + p.diverged()));
        training.play(diverging);
        await().atMost(WAIT).until(() -> !diverging.isRunning());
        await().atMost(WAIT).until(() -> heard.contains("false Training diverged — try a smaller learning rate."));
    }

    @Test
    void whatTheLearnerDoesInOneTabReachesTheOtherTabsAndNotItself() {
        List<String> here = new CopyOnWriteArrayList<>();
        List<String> there = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<Playground> thisTab = p -> here.add("epoch " + p.epochs());
        training.watch(playground, thisTab);
        training.watch(playground, p -> there.add("epoch " + p.epochs() + ", " + p.steps() + " steps"));

        training.step(playground, thisTab);
        training.epoch(playground, thisTab);
        training.reset(playground, PlaygroundSettings.defaults(DatasetKind.MOONS), thisTab);

        // Heard at once, on this thread: no training run is involved.
        assertThat(there).containsExactly("epoch 0, 1 steps", "epoch 1, 20 steps", "epoch 0, 0 steps");
        assertThat(here).isEmpty(); // the tab that acted redraws itself
        assertThat(playground.settings().dataset()).isEqualTo(DatasetKind.MOONS);
    }
}
