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

    @Test
    void aWrongLearningRateIsRefusedWithItsOwnRule() {
        assertThatThrownBy(() -> withSgd(DatasetKind.XOR, -1)).hasMessage("a learning rate above 0, at most 10")
                .message().doesNotContain("noise");
        assertThatThrownBy(() -> withSgd(DatasetKind.XOR, 11)).hasMessage("a learning rate above 0, at most 10");
    }
}
