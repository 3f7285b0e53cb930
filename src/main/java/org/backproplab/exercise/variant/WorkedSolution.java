package org.backproplab.exercise.variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;
import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Derivative;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.UpdatePart;

/**
 * The worked solution of a variant, seen through its named values: every name with its value and
 * the output's gradient with respect to it; the edges between names with their local derivatives;
 * and for each gradient part the chain rule written out, path by path.
 */
public final class WorkedSolution {
    private static final int MAX_PATHS = 4;

    /**
     * A named value: its tape position, value, d(output)/d(it), its column in a drawing of the graph
     * (see {@link #columns}), and whether it is given (an input, parameter or target) or computed.
     */
    public record Node(int id, String name, double value, double gradient, int level, boolean input) {
    }

    /** A direct dependency of {@code to} on {@code from}, with the local derivative ∂to/∂from. */
    public record Edge(String from, String to, double local) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, String> chains = new LinkedHashMap<>();
    private final Map<String, List<String>> pathNodes = new LinkedHashMap<>();
    private final String output;

    public WorkedSolution(Variant variant) {
        Evaluation e = variant.evaluate(); // a graph of its own: the pass below changes no one else's gradients
        Exercise exercise = variant.exercise();
        Graph g = e.graph();
        g.backward(e.output());
        output = e.output().name();
        List<Value> named = new ArrayList<>();
        for (Value v : g.nodes()) {
            if (v.name() != null) {
                named.add(v);
                for (Value p : namedInputs(v)) {
                    edges.add(new Edge(p.name(), v.name(), local(g, v, p)));
                }
            }
        }
        Map<Value, Integer> column = columns(named);
        for (Value v : named) {
            nodes.add(new Node(v.id(), v.name(), v.data(), v.grad(), column.get(v), v.inputs().isEmpty()));
        }
        for (Part part : exercise.parts()) {
            if (part instanceof NumericPart n && n.derivative().isPresent()) {
                Derivative d = n.derivative().get();
                List<List<Value>> paths = paths(e.node(d.of()), e.node(d.wrt()));
                chains.put(part.id(), chainTex(g, d, n, paths));
                List<String> onPath = new ArrayList<>();
                paths.forEach(p -> p.forEach(v -> onPath.add(v.name())));
                pathNodes.put(part.id(), onPath.stream().distinct().toList());
            }
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The named values in backward order: the output first. */
    public List<Node> backwardOrder() {
        List<Node> reversed = new ArrayList<>(nodes);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    public List<Edge> edges() {
        return edges;
    }

    public String output() {
        return output;
    }

    /** Part id → the chain rule in TeX, for gradient and update parts. */
    public Map<String, String> chains() {
        return chains;
    }

    /** Part id → the names on the paths the part's gradient follows. */
    public Map<String, List<String>> pathNodes() {
        return pathNodes;
    }

    /**
     * Columns for drawing the graph left to right, layer by layer. A computed value's depth is one
     * more than the deepest computed value it uses, so a network's z1, a1, z2, a2 and its loss each
     * get a column of their own, in that order. Given values (inputs, weights, biases, targets) sit
     * in a column of givens just left of the first step that uses them: x and the first layer's
     * weights leftmost, the second layer's weights between a1 and z2, the target just before the
     * loss. A column never mixes given and computed values, and every arrow points right.
     */
    private static Map<Value, Integer> columns(List<Value> named) {
        Map<Value, Integer> depth = new LinkedHashMap<>();
        for (Value v : named) {
            if (!v.inputs().isEmpty()) {
                int d = 1;
                for (Value in : namedInputs(v)) {
                    d = Math.max(d, depth.getOrDefault(in, 0) + 1);
                }
                depth.put(v, d);
            }
        }
        Map<Value, Integer> givenBefore = new LinkedHashMap<>();
        for (Value v : named) {
            if (v.inputs().isEmpty()) {
                int first = Integer.MAX_VALUE;
                for (Value c : depth.keySet()) {
                    if (namedInputs(c).contains(v)) {
                        first = Math.min(first, depth.get(c));
                    }
                }
                givenBefore.put(v, first == Integer.MAX_VALUE ? 1 : first);
            }
        }
        int deepest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] givenColumn = new int[deepest + 2];
        int[] computedColumn = new int[deepest + 2];
        int next = 0;
        for (int d = 1; d <= Math.max(1, deepest); d++) {
            final int level = d;
            if (givenBefore.values().stream().anyMatch(b -> b == level)) {
                givenColumn[d] = next++;
            }
            computedColumn[d] = next++;
        }
        Map<Value, Integer> column = new LinkedHashMap<>();
        for (Value v : named) {
            column.put(v, v.inputs().isEmpty() ? givenColumn[givenBefore.get(v)] : computedColumn[depth.get(v)]);
        }
        return column;
    }

    /** The named values a node is computed from directly (looking through unnamed steps). */
    static List<Value> namedInputs(Value v) {
        List<Value> found = new ArrayList<>();
        collect(v, found, true);
        return found;
    }

    private static void collect(Value v, List<Value> found, boolean start) {
        for (Value in : v.inputs()) {
            if (in.name() != null) {
                if (!found.contains(in)) {
                    found.add(in);
                }
            } else {
                collect(in, found, false);
            }
        }
    }

    /**
     * ∂to/∂from through unnamed steps only: the engine's backward pass with every edge out of
     * another named value dropped, so that each factor of the chain is one arrow of the graph shown.
     */
    private static double local(Graph g, Value to, Value from) {
        return g.gradient(to, from, (node, input, truth) -> node != to && node.name() != null ? 0.0 : truth);
    }

    /** Paths of named values from {@code of} down to {@code wrt}, at most a few. */
    private static List<List<Value>> paths(Value of, Value wrt) {
        List<List<Value>> paths = new ArrayList<>();
        walk(of, wrt, new ArrayList<>(List.of(of)), paths);
        return paths;
    }

    private static void walk(Value at, Value wrt, List<Value> path, List<List<Value>> paths) {
        if (paths.size() >= MAX_PATHS) {
            return;
        }
        if (at == wrt) {
            paths.add(List.copyOf(path));
            return;
        }
        for (Value in : namedInputs(at)) {
            if (in.id() >= wrt.id()) {
                path.add(in);
                walk(in, wrt, path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String chainTex(Graph g, Derivative d, NumericPart part, List<List<Value>> paths) {
        String lhs = "\\frac{\\partial " + tex(d.of()) + "}{\\partial " + tex(d.wrt()) + "}";
        List<String> symbolic = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        double total = 0;
        for (List<Value> path : paths) {
            List<String> factors = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            double product = 1;
            for (int k = 0; k + 1 < path.size(); k++) {
                Value up = path.get(k);
                Value down = path.get(k + 1);
                double local = local(g, up, down);
                product *= local;
                factors.add("\\frac{\\partial " + tex(up.name()) + "}{\\partial " + tex(down.name()) + "}");
                numbers.add("(" + number(local) + ")");
            }
            total += product;
            symbolic.add(String.join("\\cdot ", factors));
            numeric.add(String.join("\\cdot ", numbers));
        }
        // A single edge is its own local derivative: writing its chain, or its one number twice, would
        // only repeat what stands next to it.
        boolean direct = paths.stream().allMatch(p -> p.size() == 2);
        List<String> sides = new ArrayList<>(List.of(lhs));
        if (!direct) {
            sides.add(String.join(" + ", symbolic));
        }
        if (!direct || paths.size() > 1) {
            sides.add(String.join(" + ", numeric));
        }
        sides.add(number(total));
        String tex = String.join(" = ", sides);
        if (part instanceof UpdatePart u) {
            tex += "\\qquad " + tex(u.param()) + "' = " + tex(u.param()) + " - " + number(u.rate()) + "\\cdot"
                    + "\\frac{\\partial " + tex(d.of()) + "}{\\partial " + tex(u.param()) + "}";
        }
        return tex;
    }

    static String tex(String name) {
        return "\\mathit{" + name.replace("_", "\\_") + "}";
    }

    /** Four significant digits: enough to check a hand computation. */
    public static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e6) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6) {
            return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }
}
