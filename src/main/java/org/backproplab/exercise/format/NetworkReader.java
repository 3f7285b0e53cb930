package org.backproplab.exercise.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a network exercise's {@code network:} section and writes the network out as a program. */
final class NetworkReader {
    static final Set<String> NETWORK_KEYS = Set.of("layers", "activations", "loss", "bias", "parameters");
    /** Units per layer and layers (inputs and outputs included): a network worked by hand stays small. */
    static final int MAX_UNITS = 8;
    static final int MAX_LAYERS = 6;

    private NetworkReader() {
    }

    static String readNetwork(FileReport f, JsonNode root) {
        JsonNode net = root.get("network");
        if (net == null || !net.isObject()) {
            f.problem(net == null ? "" : "/network", "a network exercise needs 'network' with layers, activations and loss");
            return null;
        }
        f.keys(net, "/network", NETWORK_KEYS, "network");
        List<Integer> sizes = new ArrayList<>();
        JsonNode layers = net.get("layers");
        if (layers == null || !layers.isArray() || layers.size() < 2) {
            f.problem("/network", "'layers' lists the units per layer from the inputs to the outputs, such as [2, 2, 1]");
            return null;
        }
        if (layers.size() > MAX_LAYERS) {
            f.problem("/network/layers", "a hand exercise has at most " + MAX_LAYERS + " layers, inputs and outputs included ("
                    + layers.size() + " here)");
            return null;
        }
        for (int i = 0; i < layers.size(); i++) {
            int n = layers.get(i).asInt(0);
            if (!layers.get(i).canConvertToInt() || n < 1 || n > MAX_UNITS) {
                f.problem("/network/layers/" + i, "a layer of a hand exercise has 1 to " + MAX_UNITS + " units");
                return null;
            }
            sizes.add(n);
        }
        List<String> acts = new ArrayList<>();
        JsonNode activations = net.get("activations");
        if (activations == null || !activations.isArray() || activations.size() != sizes.size() - 1) {
            f.problem(activations == null ? "/network" : "/network/activations",
                    "'activations' gives one activation per layer after the inputs (" + (sizes.size() - 1) + " here)");
            return null;
        }
        for (int i = 0; i < activations.size(); i++) {
            String a = activations.get(i).asText();
            if (!NetworkProgram.ACTIVATIONS.contains(a)) {
                f.problem("/network/activations/" + i, "unknown activation '" + a + "'; use " + String.join(", ", NetworkProgram.ACTIVATIONS));
                return null;
            }
            acts.add(a);
        }
        String loss = net.path("loss").asText("");
        if (!NetworkProgram.LOSSES.contains(loss)) {
            f.problem(net.has("loss") ? "/network/loss" : "/network", "'loss' must be one of " + String.join(", ", NetworkProgram.LOSSES));
            return null;
        }
        String bias = net.path("bias").asText("per-unit");
        if (!NetworkProgram.BIASES.contains(bias)) {
            f.problem("/network/bias", "'bias' must be one of " + String.join(", ", NetworkProgram.BIASES));
            return null;
        }
        return NetworkProgram.write(sizes, acts, loss, bias);
    }
}
