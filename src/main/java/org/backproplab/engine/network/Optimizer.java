package org.backproplab.engine.network;

/**
 * Updates parameters from their gradients, in place. State (velocities, moments) is allocated on
 * the first step, so later steps allocate nothing.
 */
public interface Optimizer {
    void step(double[] params, double[] grads);

    /** Forgets velocities and moments and starts counting steps from 0 again. */
    void reset();

    default void step(Network net) {
        step(net.params, net.grads);
    }

    /** Plain gradient descent, p ← p − η·g; with momentum μ: v ← μv − η·g, p ← p + v. */
    static Optimizer sgd(LearningRate rate, double momentum) {
        return new Optimizer() {
            private double[] velocity;
            private int t;

            @Override
            public void step(double[] params, double[] grads) {
                double lr = rate.at(t++);
                if (momentum == 0) {
                    for (int k = 0; k < params.length; k++) {
                        params[k] -= lr * grads[k];
                    }
                    return;
                }
                if (velocity == null || velocity.length != params.length) {
                    velocity = new double[params.length];
                }
                for (int k = 0; k < params.length; k++) {
                    velocity[k] = momentum * velocity[k] - lr * grads[k];
                    params[k] += velocity[k];
                }
            }

            @Override
            public void reset() {
                velocity = null;
                t = 0;
            }
        };
    }

    /** Adam (Kingma & Ba, 2015) with bias-corrected first and second moments. */
    static Optimizer adam(LearningRate rate, double beta1, double beta2, double epsilon) {
        return new Optimizer() {
            private double[] m;
            private double[] v;
            private int t;

            @Override
            public void step(double[] params, double[] grads) {
                if (m == null || m.length != params.length) {
                    m = new double[params.length];
                    v = new double[params.length];
                }
                double lr = rate.at(t);
                t++;
                double c1 = 1 - Math.pow(beta1, t);
                double c2 = 1 - Math.pow(beta2, t);
                for (int k = 0; k < params.length; k++) {
                    double g = grads[k];
                    m[k] = beta1 * m[k] + (1 - beta1) * g;
                    v[k] = beta2 * v[k] + (1 - beta2) * g * g;
                    params[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + epsilon);
                }
            }

            @Override
            public void reset() {
                m = null;
                v = null;
                t = 0;
            }
        };
    }

    static Optimizer adam(LearningRate rate) {
        return adam(rate, 0.9, 0.999, 1e-8);
    }
}
