package org.backproplab.engine.network;

import org.backproplab.engine.Functions;
import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;

/** What a layer applies to its weighted sums, in the node graph and in the fast path alike. */
public enum Activation {
    LINEAR, SIGMOID, TANH, RELU;

    public double apply(double z) {
        return switch (this) {
            case LINEAR -> z;
            case SIGMOID -> Functions.sigmoid(z);
            case TANH -> Math.tanh(z);
            case RELU -> z > 0 ? z : 0.0;
        };
    }

    /** da/dz from the pre-activation z and the activation a (relu'(0) = 0, as in the graph). */
    public double slope(double z, double a) {
        return switch (this) {
            case LINEAR -> 1.0;
            case SIGMOID -> a * (1.0 - a);
            case TANH -> 1.0 - a * a;
            case RELU -> z > 0 ? 1.0 : 0.0;
        };
    }

    public Value apply(Graph g, Value z) {
        return switch (this) {
            case LINEAR -> z;
            case SIGMOID -> g.sigmoid(z);
            case TANH -> g.tanh(z);
            case RELU -> g.relu(z);
        };
    }
}
