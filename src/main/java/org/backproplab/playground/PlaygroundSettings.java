package org.backproplab.playground;

import java.util.List;

import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.Loss;

/** Everything a learner chooses in the playground. Defaults learn the chosen dataset. */
public record PlaygroundSettings(DatasetKind dataset, double noise, List<Integer> hidden, Activation activation, Loss loss,
        OptimizerKind optimizer, double learningRate, int batchSize, double l2, long seed) {

    public enum DatasetKind {
        XOR("XOR"), MOONS("Two moons"), CIRCLES("Circles"), SPIRAL("Spiral"), LINEAR("Linearly separable"),
        HOUSE_PRICES("House prices (regression)");

        private final String title;

        DatasetKind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public boolean isRegression() {
            return this == HOUSE_PRICES;
        }
    }

    public enum OptimizerKind {
        SGD, MOMENTUM, ADAM
    }

    public static final int MAX_LAYERS = 4;
    public static final int MAX_UNITS = 16;

    public PlaygroundSettings {
        hidden = List.copyOf(hidden);
        if (hidden.size() > MAX_LAYERS || hidden.stream().anyMatch(u -> u < 1 || u > MAX_UNITS)) {
            throw new IllegalArgumentException("0 to " + MAX_LAYERS + " hidden layers of 1 to " + MAX_UNITS + " units");
        }
        if (!(learningRate > 0 && learningRate <= 10) || batchSize < 1 || batchSize > 200 || !(l2 >= 0 && l2 <= 1)
                || !(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("learning rate in (0, 10], batch 1–200, L2 in [0, 1], noise in [0, 1]");
        }
        if (dataset.isRegression() != (loss == Loss.MSE)) {
            throw new IllegalArgumentException(dataset.isRegression() ? "house prices need the MSE loss"
                    : "classification uses BCE or hinge");
        }
    }

    /** Settings that learn the dataset: documented in docs/playground.md. */
    public static PlaygroundSettings defaults(DatasetKind dataset) {
        return switch (dataset) {
            case HOUSE_PRICES -> new PlaygroundSettings(dataset, 0.1, List.of(8), Activation.TANH, Loss.MSE, OptimizerKind.ADAM, 0.03, 10, 0, 1);
            case SPIRAL -> new PlaygroundSettings(dataset, 0.02, List.of(16, 16), Activation.RELU, Loss.BCE_WITH_LOGITS, OptimizerKind.ADAM, 0.01, 10, 0, 1);
            default -> new PlaygroundSettings(dataset, 0.1, List.of(8, 8), Activation.TANH, Loss.BCE_WITH_LOGITS, OptimizerKind.ADAM, 0.03, 10, 0, 1);
        };
    }

    public PlaygroundSettings withDataset(DatasetKind kind) {
        return defaults(kind);
    }
}
