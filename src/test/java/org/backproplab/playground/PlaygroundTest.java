package org.backproplab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.Loss;
import org.backproplab.playground.PlaygroundSettings.DatasetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaygroundTest {
    /** Documented in docs/playground.md: XOR at the defaults within 30 epochs. */
    static final int XOR_EPOCHS = 30;

    @Test
    void xorAtTheDefaultsReaches95PercentTestAccuracy() {
        var p = new Playground(PlaygroundSettings.defaults(DatasetKind.XOR));
        for (int e = 0; e < XOR_EPOCHS; e++) {
            assertThat(p.epoch()).isTrue();
        }
        var last = p.history().get(p.history().size() - 1);
        assertThat(last.testAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(last.trainLoss()).isLessThan(p.history().get(0).trainLoss());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatasetKind.class)
    void everyDatasetLearnsAtItsDefaults(DatasetKind kind) {
        var p = new Playground(PlaygroundSettings.defaults(kind));
        for (int e = 0; e < 60; e++) {
            p.epoch();
        }
        var first = p.history().get(0);
        var last = p.history().get(p.history().size() - 1);
        assertThat(last.testLoss()).isLessThan(first.testLoss());
        if (!kind.isRegression()) {
            assertThat(last.testAccuracy()).isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void aDivergingRunStopsWithAPlainMessageAndKeepsItsState() {
        var settings = new PlaygroundSettings(DatasetKind.HOUSE_PRICES, 0.1, List.of(8), Activation.RELU, Loss.MSE,
                PlaygroundSettings.OptimizerKind.SGD, 10, 10, 0, 1);
        var p = new Playground(settings);
        boolean ok = true;
        for (int k = 0; k < 2000 && ok; k++) {
            ok = p.step();
        }
        assertThat(ok).isFalse();
        assertThat(p.diverged()).isEqualTo("Training diverged — try a smaller learning rate.");
        assertThat(p.step()).isFalse();
        assertThat(p.network()).isNotNull();
    }

    @Test
    void eachRegistrationRemovesItsOwnListenerOnly() {
        var p = new Playground(PlaygroundSettings.defaults(DatasetKind.XOR));
        java.util.function.Consumer<Playground> sameInTwoTabs = x -> { };
        var first = p.addListener(sameInTwoTabs);
        p.addListener(sameInTwoTabs);
        first.remove();
        first.remove(); // a view may remove on detach and again when an update finds its UI gone
        assertThat(p.listeners()).hasSize(1);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new PlaygroundSettings(DatasetKind.XOR, 0.1, List.of(17), Activation.TANH, Loss.HINGE,
                PlaygroundSettings.OptimizerKind.SGD, 0.1, 10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaygroundSettings(DatasetKind.XOR, 0.1, List.of(4, 4, 4, 4, 4), Activation.TANH, Loss.HINGE,
                PlaygroundSettings.OptimizerKind.SGD, 0.1, 10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaygroundSettings(DatasetKind.XOR, 0.1, List.of(4), Activation.TANH, Loss.MSE,
                PlaygroundSettings.OptimizerKind.SGD, 0.1, 10, 0, 1)).hasMessageContaining("classification");
    }

    private static PlaygroundSettings withSgd(DatasetKind kind, double rate) {
        var d = PlaygroundSettings.defaults(kind);
        return new PlaygroundSettings(kind, d.noise(), d.hidden(), d.activation(), d.loss(), PlaygroundSettings.OptimizerKind.SGD,
                rate, d.batchSize(), d.l2(), d.seed());
    }

    private static boolean allFinite(Playground p) {
        boolean losses = p.history().stream().allMatch(h -> Double.isFinite(h.trainLoss()) && Double.isFinite(h.testLoss()));
        return losses && java.util.Arrays.stream(p.network().parameters()).allMatch(Double::isFinite);
    }

    @Test
    void aLossThatSwingsIsWarnedAboutWhileEverythingIsStillFinite() {
        // The case: SGD at rate 10 on XOR, the loss jumping between about 2 and 26.
        var p = new Playground(withSgd(DatasetKind.XOR, 10));
        assertThat(p.warning()).isNull();
        for (int e = 0; e < 3 && p.warning() == null; e++) {
            p.epoch();
        }
        assertThat(p.warning()).endsWith("the learning rate looks too high — try a smaller one.");
        assertThat(p.diverged()).isNull();
        assertThat(allFinite(p)).isTrue();
        for (int e = 0; e < 10; e++) {
            p.epoch();
        }
        assertThat(p.warning()).startsWith("The loss swings between").contains("over the last 6 epochs");
    }

    @Test
    void aLossThatGrowsIsWarnedAboutBeforeItOverflows() {
        var p = new Playground(withSgd(DatasetKind.HOUSE_PRICES, 0.5));
        p.epoch();
        p.epoch();
        assertThat(p.warning()).startsWith("The loss rose from").contains("the learning rate looks too high");
        assertThat(p.diverged()).isNull();
        assertThat(allFinite(p)).isTrue();
        while (p.epoch()) {
            assertThat(p.epochs()).isLessThan(100);
        }
        // Once the numbers overflow the stronger message takes over.
        assertThat(p.diverged()).isNotNull();
        assertThat(p.warning()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatasetKind.class)
    void runsThatLearnGetNoWarning(DatasetKind kind) {
        for (var settings : List.of(PlaygroundSettings.defaults(kind), withSgd(kind, 0.1))) {
            var p = new Playground(settings);
            for (int e = 0; e < 60; e++) {
                p.epoch();
                assertThat(p.warning()).as("%s after epoch %d", settings.optimizer(), p.epochs()).isNull();
            }
        }
    }

    @Test
    void stepsAreCountedWithinTheEpoch() {
        var p = new Playground(PlaygroundSettings.defaults(DatasetKind.XOR));
        p.step();
        p.step();
        assertThat(p.steps()).isEqualTo(2);
        assertThat(p.examplesIntoEpoch()).isEqualTo(20);
        p.epoch();
        assertThat(p.examplesIntoEpoch()).isZero();
    }

    @Test
    void aWrongLearningRateIsRefusedWithItsOwnRule() {
        assertThatThrownBy(() -> withSgd(DatasetKind.XOR, -1)).hasMessage("a learning rate above 0, at most 10")
                .message().doesNotContain("noise");
        assertThatThrownBy(() -> withSgd(DatasetKind.XOR, 11)).hasMessage("a learning rate above 0, at most 10");
    }

    @Test
    void aResetForgetsTheWarningAndIsANewGeneration() {
        var p = new Playground(withSgd(DatasetKind.XOR, 10));
        long before = p.generation();
        p.epoch();
        p.epoch();
        assertThat(p.warning()).isNotNull();
        p.step();
        assertThat(p.generation()).isEqualTo(before); // training: the same network
        p.reset(PlaygroundSettings.defaults(DatasetKind.XOR));
        assertThat(p.warning()).isNull();
        assertThat(p.generation()).isGreaterThan(before);
    }
}
