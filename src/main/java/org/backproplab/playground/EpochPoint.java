package org.backproplab.playground;

/** Progress after one epoch: losses, accuracies (NaN for regression) and mean |gradient| per layer. */
public record EpochPoint(int epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy,
        double[] meanAbsGradient) {
}
