package org.backproplab.exercise.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a small network out as an expression-language program, with the engine's names:
 * inputs x1.., targets t1.., weights w<l>_<j>_<i>, biases b<l>_<j> (or b<l> when a layer shares
 * one bias), weighted sums z<l>_<j>, activations a<l>_<j>, and the loss E.
 */
final class NetworkProgram {
    static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu", "linear");
    static final List<String> LOSSES = List.of("half-squared-error", "squared-error", "mse", "bce", "softmax-cross-entropy", "hinge");
    static final List<String> BIASES = List.of("per-unit", "per-layer", "none");

    private NetworkProgram() {
    }

    static String write(List<Integer> sizes, List<String> activations, String loss, String bias) {
        StringBuilder p = new StringBuilder();
        for (int l = 1; l < sizes.size(); l++) {
            p.append("# layer ").append(l).append('\n');
            for (int j = 1; j <= sizes.get(l); j++) {
                List<String> terms = new ArrayList<>();
                for (int i = 1; i <= sizes.get(l - 1); i++) {
                    String from = l == 1 ? "x" + i : "a" + (l - 1) + "_" + i;
                    terms.add("w" + l + "_" + j + "_" + i + " * " + from);
                }
                if (bias.equals("per-unit")) {
                    terms.add("b" + l + "_" + j);
                } else if (bias.equals("per-layer")) {
                    terms.add("b" + l);
                }
                String z = "z" + l + "_" + j;
                p.append(z).append(" = ").append(String.join(" + ", terms)).append('\n');
                String act = activations.get(l - 1);
                p.append("a").append(l).append('_').append(j).append(" = ")
                        .append(act.equals("linear") ? z : act + "(" + z + ")").append('\n');
            }
        }
        int last = sizes.size() - 1;
        int outputs = sizes.get(last);
        p.append("# loss\n").append("E = ").append(lossExpression(loss, last, outputs)).append('\n');
        return p.toString();
    }

    private static String lossExpression(String loss, int last, int outputs) {
        List<String> terms = new ArrayList<>();
        for (int k = 1; k <= outputs; k++) {
            String a = "a" + last + "_" + k;
            String t = "t" + k;
            terms.add(switch (loss) {
                case "half-squared-error" -> "0.5 * (" + t + " - " + a + ")^2";
                case "squared-error", "mse" -> "(" + t + " - " + a + ")^2";
                case "bce" -> "-(" + t + " * log(" + a + ") + (1 - " + t + ") * log(1 - " + a + "))";
                case "hinge" -> "max(0, 1 - " + t + " * " + a + ")";
                default -> t + " * (log(" + sumOfExps(last, outputs) + ") - " + a + ")";
            });
        }
        String sum = String.join(" + ", terms);
        return loss.equals("mse") ? "(" + sum + ") / " + String.format(Locale.ROOT, "%d", outputs) : sum;
    }

    private static String sumOfExps(int last, int outputs) {
        List<String> exps = new ArrayList<>();
        for (int k = 1; k <= outputs; k++) {
            exps.add("exp(a" + last + "_" + k + ")");
        }
        return String.join(" + ", exps);
    }
}
