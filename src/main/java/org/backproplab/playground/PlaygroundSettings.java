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
    public static final int MAX_BATCH = 200;

    // The rules, shared by this record and the settings form (which shows them next to the field).
    static final String HIDDEN_RULE = "0 to " + MAX_LAYERS + " hidden layers of 1 to " + MAX_UNITS + " units";
    static final String RATE_RULE = "a learning rate above 0, at most 10";
    static final String BATCH_RULE = "a batch of 1 to " + MAX_BATCH;
    static final String L2_RULE = "an L2 from 0 to 1";
    static final String NOISE_RULE = "a noise from 0 to 1";

    public PlaygroundSettings {
        hidden = List.copyOf(hidden);
        require(hiddenFits(hidden), HIDDEN_RULE);
        require(rateFits(learningRate), RATE_RULE);
        require(batchFits(batchSize), BATCH_RULE);
        require(l2Fits(l2), L2_RULE);
        require(noise >= 0 && noise <= 1, NOISE_RULE);
        require(lossFits(dataset, loss), lossRule(dataset));
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }

    static boolean hiddenFits(List<Integer> hidden) {
        return hidden.size() <= MAX_LAYERS && hidden.stream().allMatch(u -> u != null && u >= 1 && u <= MAX_UNITS);
    }

    static boolean rateFits(double learningRate) {
        return learningRate > 0 && learningRate <= 10;
    }

    static boolean batchFits(int batchSize) {
        return batchSize >= 1 && batchSize <= MAX_BATCH;
    }

    static boolean l2Fits(double l2) {
        return l2 >= 0 && l2 <= 1;
    }

    static boolean lossFits(DatasetKind dataset, Loss loss) {
        return dataset.isRegression() == (loss == Loss.MSE);
    }

    static String lossRule(DatasetKind dataset) {
        return dataset.isRegression() ? "house prices need the MSE loss" : "classification uses BCE or hinge";
    }

    /** Settings that learn the dataset: documented in docs/playground.md. */
    public static PlaygroundSettings defaults(DatasetKind dataset) {
        return switch (dataset) {
            case HOUSE_PRICES -> new PlaygroundSettings(dataset, 0.1, List.of(8), Activation.TANH, Loss.MSE, OptimizerKind.ADAM, 0.03, 10, 0, 1);
            case SPIRAL -> new PlaygroundSettings(dataset, 0.02, List.of(16, 16), Activation.RELU, Loss.BCE_WITH_LOGITS, OptimizerKind.ADAM, 0.01, 10, 0, 1);
            default -> new PlaygroundSettings(dataset, 0.1, List.of(8, 8), Activation.TANH, Loss.BCE_WITH_LOGITS, OptimizerKind.ADAM, 0.03, 10, 0, 1);
        };
    }
}
