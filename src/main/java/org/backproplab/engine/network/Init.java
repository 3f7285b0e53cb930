package org.backproplab.engine.network;

import java.util.Random;

/** How weights are drawn at the start; biases start at 0. */
public enum Init {
    /** Uniform in [−1, 1], as micrograd does. */
    UNIFORM,
    /** Xavier/Glorot uniform: ±√(6 / (fan-in + fan-out)); suits tanh and sigmoid. */
    XAVIER,
    /** He normal: N(0, 2 / fan-in); suits ReLU. */
    HE;

    double draw(Random random, int fanIn, int fanOut) {
        return switch (this) {
            case UNIFORM -> random.nextDouble() * 2 - 1;
            case XAVIER -> (random.nextDouble() * 2 - 1) * Math.sqrt(6.0 / (fanIn + fanOut));
            case HE -> random.nextGaussian() * Math.sqrt(2.0 / fanIn);
        };
    }
}
