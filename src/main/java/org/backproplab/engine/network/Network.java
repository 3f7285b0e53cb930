package org.backproplab.engine.network;

import java.util.Arrays;
import java.util.Random;

/**
 * A dense feed-forward network. Layers are numbered from 1 (layer 0 is the input); units from 1.
 * <p>
 * Naming, used everywhere (files, UI, output): {@code w<l>_<j>_<i>} is the weight from unit i of
 * layer l−1 to unit j of layer l; {@code b<l>_<j>} the bias of unit j of layer l; {@code z<l>_<j>}
 * and {@code a<l>_<j>} that unit's weighted sum and activation; {@code x<i>} the inputs,
 * {@code t<j>} the targets. So {@code w2_1_3} joins unit 3 of layer 1 to unit 1 of layer 2.
 * <p>
 * All parameters live in one flat array, layer by layer: the weights of a layer row by row
 * (row j holds the weights into unit j), then its biases. Gradients use the same layout, so an
 * optimiser sees two arrays and nothing else.
 */
public final class Network {
    private final int[] sizes;
    private final Activation[] activations; // activations[l] for layer l ≥ 1; [0] unused
    private final int[] weightOffset;
    private final int[] biasOffset;
    final double[] params;
    final double[] grads;

    public Network(int[] sizes, Activation[] layerActivations) {
        if (sizes.length < 2 || layerActivations.length != sizes.length - 1) {
            throw new IllegalArgumentException("a network needs an input size, at least one layer and an activation per layer");
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("every layer needs at least one unit");
            }
        }
        this.sizes = sizes.clone();
        this.activations = new Activation[sizes.length];
        System.arraycopy(layerActivations, 0, activations, 1, layerActivations.length);
        weightOffset = new int[sizes.length];
        biasOffset = new int[sizes.length];
        int offset = 0;
        for (int l = 1; l < sizes.length; l++) {
            weightOffset[l] = offset;
            offset += sizes[l] * sizes[l - 1];
            biasOffset[l] = offset;
            offset += sizes[l];
        }
        params = new double[offset];
        grads = new double[offset];
    }

    /** A network with weights drawn by {@code init} from a seeded generator, biases 0. */
    public static Network create(int[] sizes, Activation[] layerActivations, Init init, long seed) {
        Network net = new Network(sizes, layerActivations);
        Random random = new Random(seed);
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 1; j <= sizes[l]; j++) {
                for (int i = 1; i <= sizes[l - 1]; i++) {
                    net.params[net.weightIndex(l, j, i)] = init.draw(random, sizes[l - 1], sizes[l]);
                }
            }
        }
        return net;
    }

    public Network copy() {
        Network c = new Network(sizes, Arrays.copyOfRange(activations, 1, activations.length));
        System.arraycopy(params, 0, c.params, 0, params.length);
        return c;
    }

    /** Number of layers after the input. */
    public int layers() {
        return sizes.length - 1;
    }

    /** Units in layer l (0 = inputs). */
    public int size(int l) {
        return sizes[l];
    }

    public Activation activation(int l) {
        return activations[l];
    }

    public int parameterCount() {
        return params.length;
    }

    /** Index in the flat parameter array of w<l>_<j>_<i> (all 1-based). */
    public int weightIndex(int l, int j, int i) {
        checkUnit(l, j);
        if (i < 1 || i > sizes[l - 1]) {
            throw new IndexOutOfBoundsException("layer " + (l - 1) + " has no unit " + i);
        }
        return weightOffset[l] + (j - 1) * sizes[l - 1] + (i - 1);
    }

    /** Index in the flat parameter array of b<l>_<j>. */
    public int biasIndex(int l, int j) {
        checkUnit(l, j);
        return biasOffset[l] + (j - 1);
    }

    public boolean isWeight(int index) {
        for (int l = 1; l < sizes.length; l++) {
            if (index >= weightOffset[l] && index < biasOffset[l]) {
                return true;
            }
        }
        return false;
    }

    private void checkUnit(int l, int j) {
        if (l < 1 || l >= sizes.length || j < 1 || j > sizes[l]) {
            throw new IndexOutOfBoundsException("no unit " + j + " in layer " + l);
        }
    }

    int weightOffset(int l) {
        return weightOffset[l];
    }

    int biasOffset(int l) {
        return biasOffset[l];
    }

    /** The gradient of the last computed loss with respect to parameter {@code index}. */
    public double grad(int index) {
        return grads[index];
    }

    public double param(int index) {
        return params[index];
    }

    /** A copy of all parameters in the flat layout. */
    public double[] parameters() {
        return params.clone();
    }

    /** Sets the gradients (flat layout), e.g. from {@link NetworkGraph#gradients()}, for an optimiser step. */
    public void setGradients(double[] gradients) {
        if (gradients.length != grads.length) {
            throw new IllegalArgumentException(gradients.length + " gradients for " + grads.length + " parameters");
        }
        System.arraycopy(gradients, 0, grads, 0, grads.length);
    }

    /** The name of a parameter: w2_1_3 or b1_2. */
    public String parameterName(int index) {
        for (int l = sizes.length - 1; l >= 1; l--) {
            if (index >= biasOffset[l]) {
                return "b" + l + "_" + (index - biasOffset[l] + 1);
            }
            if (index >= weightOffset[l]) {
                int k = index - weightOffset[l];
                return "w" + l + "_" + (k / sizes[l - 1] + 1) + "_" + (k % sizes[l - 1] + 1);
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** The outputs for one input (allocates; the training path does not use this). */
    public double[] predict(double[] x) {
        double[] a = x;
        for (int l = 1; l < sizes.length; l++) {
            double[] next = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                double z = params[biasOffset[l] + j];
                int row = weightOffset[l] + j * sizes[l - 1];
                for (int i = 0; i < sizes[l - 1]; i++) {
                    z += params[row + i] * a[i];
                }
                next[j] = activations[l].apply(z);
            }
            a = next;
        }
        return a;
    }

    /** Σ w² over the weights (biases are not regularised). */
    public double sumOfSquaredWeights() {
        double sum = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
                sum += params[k] * params[k];
            }
        }
        return sum;
    }
}
