package org.backproplab.exercise.grading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.backproplab.engine.Graph;
import org.backproplab.engine.Op;
import org.backproplab.engine.Value;
import org.backproplab.engine.lang.Evaluation;

/**
 * For one gradient, the answers that each known mistake would give, computed by the engine on the
 * learner's own variant. Nothing here is written by an exercise's author.
 */
final class MistakeCandidates {
    /** Ops whose local derivatives are ±1: leaving one out is no different, or is a sign slip. */
    private static final Set<Op> PASS_THROUGH = Set.of(Op.ADD, Op.SUB, Op.NEG, Op.COPY);
    private static final Set<Op> ACTIVATIONS = Set.of(Op.SIGMOID, Op.TANH, Op.RELU, Op.LEAKY_RELU, Op.SOFTPLUS);

    private MistakeCandidates() {
    }

    /** A wrong answer and the mistake that gives it; {@code where} names the node involved, if any. */
    record Candidate(Mistake mistake, double answer, String where) {
    }

    /** Most specific first; see {@link Grader}. */
    static List<Candidate> forGradient(Evaluation e, Value of, Value wrt) {
        Graph g = e.graph();
        List<Value> tape = g.nodes();
        double truth = g.gradient(of, wrt);
        List<Candidate> out = new ArrayList<>();
        if (tape.stream().anyMatch(v -> v.op() == Op.CONSTANT && v.data() == 0.5)) {
            out.add(new Candidate(Mistake.FORGOT_HALF, 2 * truth, null));
        }
        // σ(z) used where σ'(z) belongs.
        out.add(new Candidate(Mistake.SIGMOID_NOT_SLOPE,
                g.gradient(of, wrt, (node, i, t) -> node.op() == Op.SIGMOID ? node.data() : t), null));
        // The weighted sum z where the activation a = f(z) enters a product.
        out.add(new Candidate(Mistake.PRE_ACTIVATION, g.gradient(of, wrt, (node, i, t) -> {
            if (node.op() == Op.MUL) {
                Value other = node.inputs().get(1 - i);
                if (ACTIVATIONS.contains(other.op())) {
                    return other.inputs().get(0).data();
                }
            }
            return t;
        }), null));
        BitSet ofReaches = g.reaches(of);
        BitSet fromWrt = g.dependents(wrt);
        for (Value v : onPaths(tape, of, wrt, ofReaches, fromWrt)) {
            // One node's local derivative left out (treated as 1).
            if (v != wrt && !v.inputs().isEmpty() && !PASS_THROUGH.contains(v.op())) {
                out.add(new Candidate(Mistake.DROPPED_LOCAL, g.gradient(of, wrt, (node, i, t) -> node == v ? 1.0 : t), v.label()));
            }
            // At a fan-out, only one consumer's contribution counted: the others' edges into v dropped.
            List<Value> consumers = consumersOnPaths(tape, v, of, ofReaches);
            if (consumers.size() > 1) {
                for (Value only : consumers) {
                    out.add(new Candidate(Mistake.ONE_PATH_AT_FAN_OUT,
                            g.gradient(of, wrt, (node, i, t) -> node != only && node.inputs().get(i) == v ? 0.0 : t), v.label()));
                }
            }
        }
        out.add(new Candidate(Mistake.SIGN_FLIPPED, -truth, null));
        return out;
    }

    /** Nodes between wrt and of (inclusive) on some path from wrt to of. */
    private static List<Value> onPaths(List<Value> tape, Value of, Value wrt, BitSet ofReaches, BitSet fromWrt) {
        List<Value> nodes = new ArrayList<>();
        for (int id = wrt.id(); id <= of.id(); id++) {
            if (fromWrt.get(id) && ofReaches.get(id)) {
                nodes.add(tape.get(id));
            }
        }
        return nodes;
    }

    private static List<Value> consumersOnPaths(List<Value> tape, Value v, Value of, BitSet ofReaches) {
        List<Value> consumers = new ArrayList<>();
        for (int id = v.id() + 1; id <= of.id(); id++) {
            Value c = tape.get(id);
            if (c.inputs().contains(v) && ofReaches.get(id)) {
                consumers.add(c);
            }
        }
        return consumers;
    }
}
