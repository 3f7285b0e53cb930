package org.backproplab.exercise.grading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backproplab.engine.EdgeRule;
import org.backproplab.engine.Graph;
import org.backproplab.engine.Op;
import org.backproplab.engine.Value;
import org.backproplab.engine.lang.Evaluation;

/**
 * For one gradient, the answers that each known slip would give, computed by the engine on the
 * learner's own variant, and what to tell a learner who made it, worded from the exercise's own
 * graph. Nothing here is written by an exercise's author.
 *
 * <p>Each slip is a way of walking the chain wrongly (an {@link EdgeRule}). Two slips that change
 * the same edges, where gradient flows, always give the same number: they are one slip, and it
 * keeps the more specific name (leaving out the 0.5 of E = 0.5 * (t - a)^2 is "the ½ forgotten",
 * not "a local derivative left out"). Slips that differ but happen to give the same number on a
 * variant are all kept; the grader then names none of them for sure.
 */
final class MistakeCandidates {
    /** Ops whose local derivatives are ±1: leaving one out is no different, or is a sign slip. */
    private static final Set<Op> PASS_THROUGH = Set.of(Op.ADD, Op.SUB, Op.NEG, Op.COPY);
    private static final Set<Op> ACTIVATIONS = Set.of(Op.SIGMOID, Op.TANH, Op.RELU, Op.LEAKY_RELU, Op.SOFTPLUS);
    /** The factor whose omission is "the ½ forgotten". */
    private static final double HALF = 0.5;

    private MistakeCandidates() {
    }

    /**
     * A wrong answer, the mistake that gives it and what to tell the learner.
     *
     * @param where    the step the slip concerns, as the page shows it, or null
     * @param headline the mistake's name, with where it happened
     * @param advice   what to look at, worded from this exercise's graph
     */
    record Candidate(Mistake mistake, double answer, String where, String headline, String advice) {
        Candidate withAnswer(double other) {
            return new Candidate(mistake, other, where, headline, advice);
        }

        String feedback() {
            return headline + " " + advice;
        }
    }

    /** One edge walked with a local derivative other than the true one. */
    private record Edit(int node, int input, double local) {
    }

    /** Most specific first; see {@link Grader}. */
    static List<Candidate> forGradient(Evaluation e, Value of, Value wrt) {
        return forGradient(e, of, wrt, false);
    }

    /**
     * @param evenHidden also the slips that change nothing on this variant (forgetting × x where
     *                   x = 1): their answer is the right one, which is what {@link VariantCheck} counts
     */
    static List<Candidate> forGradient(Evaluation e, Value of, Value wrt, boolean evenHidden) {
        return new Walk(e.graph(), of, wrt, evenHidden).candidates();
    }

    /** The slips of one gradient, ∂of/∂wrt, and the graph facts they are worded from. */
    private static final class Walk {
        private final Graph g;
        private final Value of;
        private final Value wrt;
        private final double truth;
        private final List<Value> path;
        private final BitSet onPath = new BitSet();
        private final BitSet ofReaches;
        private final List<Candidate> out = new ArrayList<>();
        private final Set<Set<Edit>> seen = new HashSet<>();
        private final boolean evenHidden;

        Walk(Graph g, Value of, Value wrt, boolean evenHidden) {
            this.g = g;
            this.evenHidden = evenHidden;
            this.of = of;
            this.wrt = wrt;
            this.truth = g.gradient(of, wrt);
            this.ofReaches = g.reaches(of);
            BitSet fromWrt = g.dependents(wrt);
            this.path = new ArrayList<>();
            for (int id = wrt.id(); id <= of.id(); id++) {
                if (fromWrt.get(id) && ofReaches.get(id)) {
                    path.add(g.nodes().get(id));
                    onPath.set(id);
                }
            }
        }

        List<Candidate> candidates() {
            forgotHalf();
            sigmoidNotSlope();
            preActivation();
            forgotTarget();
            for (Value v : path) {
                droppedLocal(v);
                oneConsumerOnly(v);
            }
            // The sign flip is no edge rule: the whole answer negated, whatever slip turned it.
            out.add(new Candidate(Mistake.SIGN_FLIPPED, -truth, null, Mistake.SIGN_FLIPPED.title() + ".",
                    "Your answer has the right size but the wrong sign. " + signAdvice()));
            return out;
        }

        /** Every product with 0.5 on the chain taken as if the 0.5 were not there: the ½ of ½(t − a)² forgotten. */
        private void forgotHalf() {
            List<Value> halves = new ArrayList<>();
            String advice = null;
            for (Value v : path) {
                for (int i = 0; i < v.inputs().size() && v.op() == Op.MUL; i++) {
                    Value factor = v.inputs().get(i);
                    Value other = v.inputs().get(1 - i);
                    if (factor.op() == Op.CONSTANT && factor.data() == HALF && onPath.get(other.id())) {
                        halves.add(v);
                        if (advice == null) {
                            advice = other.op() == Op.POW && other.constant() == 2
                                    ? "In " + StepText.step(named(v)) + ", the 0.5 cancels the 2 that comes down from the square."
                                    : "The factor 0.5 in " + StepText.step(named(v)) + " was left out.";
                        }
                    }
                }
            }
            if (!halves.isEmpty()) {
                add(Mistake.FORGOT_HALF, (node, in, t) -> halves.contains(node) ? 1.0 : t, null, Mistake.FORGOT_HALF.title() + ".",
                        "Your answer is twice the right one. " + advice);
            }
        }

        private void sigmoidNotSlope() {
            Value sigmoid = last(Op.SIGMOID);
            if (sigmoid == null) {
                return;
            }
            String a = StepText.show(sigmoid);
            add(Mistake.SIGMOID_NOT_SLOPE, (node, i, t) -> node.op() == Op.SIGMOID ? node.data() : t, null,
                    Mistake.SIGMOID_NOT_SLOPE.title() + ".", "You multiplied by the sigmoid's value instead of its slope: the local derivative of "
                            + StepText.step(sigmoid) + " is " + product(a) + ", not " + a + " itself.");
        }

        /** The weighted sum z where the activation a = f(z) enters a product with a weight. */
        private void preActivation() {
            Value example = null;
            int exampleInput = -1;
            for (Value v : path) {
                if (v.op() == Op.MUL) {
                    for (int i = 0; i < 2; i++) {
                        Value other = v.inputs().get(1 - i);
                        if (onPath.get(v.inputs().get(i).id()) && !onPath.get(other.id()) && ACTIVATIONS.contains(other.op())) {
                            example = v;
                            exampleInput = i;
                        }
                    }
                }
            }
            if (example == null) {
                return;
            }
            Value weight = example.inputs().get(exampleInput);
            Value activation = example.inputs().get(1 - exampleInput);
            add(Mistake.PRE_ACTIVATION, (node, i, t) -> {
                if (node.op() == Op.MUL) {
                    Value other = node.inputs().get(1 - i);
                    if (ACTIVATIONS.contains(other.op())) {
                        return other.inputs().get(0).data();
                    }
                }
                return t;
            }, null, Mistake.PRE_ACTIVATION.title() + ".", "The local derivative of " + StepText.expression(example) + " with respect to "
                    + StepText.show(weight) + " is the activation " + StepText.show(activation) + ", not its weighted sum "
                    + StepText.show(activation.inputs().get(0)) + ".");
        }

        /**
         * Softmax with cross-entropy is written t · (log(e^z1 + e^z2) − z): the gradient at a score
         * z is p − t, and the − t comes from the subtracted z. Without that edge, the answer is p.
         */
        private void forgotTarget() {
            List<Value> subtractions = path.stream()
                    .filter(v -> v.op() == Op.SUB && isLogSumOfExps(v.inputs().get(0)) && onPath.get(v.inputs().get(1).id()))
                    .toList();
            if (subtractions.isEmpty()) {
                return;
            }
            add(Mistake.FORGOT_TARGET, (node, i, t) -> i == 1 && subtractions.contains(node) ? 0.0 : t, null,
                    Mistake.FORGOT_TARGET.title() + ".", Mistake.FORGOT_TARGET.advice());
        }

        private void droppedLocal(Value v) {
            if (v == wrt || v.inputs().isEmpty() || PASS_THROUGH.contains(v.op())) {
                return;
            }
            add(Mistake.DROPPED_LOCAL, (node, i, t) -> node == v ? 1.0 : t, StepText.step(v),
                    Mistake.DROPPED_LOCAL.title() + ": the one of " + StepText.step(v) + ".", "Every step between "
                            + StepText.show(of) + " and " + StepText.show(wrt) + " contributes its own factor to the chain.");
        }

        /** At a fan-out, only one consumer's contribution counted: the others' edges into v dropped. */
        private void oneConsumerOnly(Value v) {
            List<Value> consumers = new ArrayList<>();
            for (int id = v.id() + 1; id <= of.id(); id++) {
                Value c = g.nodes().get(id);
                if (c.inputs().contains(v) && ofReaches.get(id)) {
                    consumers.add(c);
                }
            }
            if (consumers.size() < 2) {
                return;
            }
            String uses = consumers.stream().map(StepText::expression).distinct().collect(Collectors.joining(" and "));
            for (Value only : consumers) {
                add(Mistake.ONE_PATH_AT_FAN_OUT, (node, i, t) -> node != only && node.inputs().get(i) == v ? 0.0 : t, StepText.show(v),
                        Mistake.ONE_PATH_AT_FAN_OUT.title() + ": " + StepText.show(v) + " is used in " + uses + ".",
                        "Its gradient is the sum of what comes back along every path.");
            }
        }

        /** Adds the slip unless one already listed changes the same edges where gradient flows. */
        private void add(Mistake mistake, EdgeRule rule, String where, String headline, String advice) {
            Set<Edit> edits = new LinkedHashSet<>();
            double answer = g.gradient(of, wrt, (node, i, t) -> {
                double local = rule.local(node, i, t);
                if (local != t && onPath.get(node.inputs().get(i).id())) {
                    edits.add(new Edit(node.id(), i, local));
                }
                return local;
            });
            // The variant's values make the slip harmless (the factor it forgets is 1): the answer is the right one.
            boolean hiddenByValues = edits.isEmpty();
            // An edit where nothing flows (a term multiplied by a target of 0) changes nothing.
            edits.removeIf(edit -> g.gradient(of, g.nodes().get(edit.node()), rule) == 0);
            if (evenHidden && hiddenByValues || !edits.isEmpty() && seen.add(edits)) {
                out.add(new Candidate(mistake, answer, where, headline, advice));
            }
        }

        /** Where the sign turns along the chain, from the graph: a subtraction, a minus, a negative factor. */
        private String signAdvice() {
            double[] upstream = g.adjoints(of);
            List<String> turns = new ArrayList<>();
            for (int k = path.size() - 1; k >= 0 && turns.size() < 2; k--) {
                Value v = path.get(k);
                if (upstream[v.id()] == 0) {
                    continue;
                }
                for (int i = 0; i < v.inputs().size(); i++) {
                    Value in = v.inputs().get(i);
                    if (!onPath.get(in.id()) || v.localGradient(i) >= 0) {
                        continue;
                    }
                    String turn = switch (v.op()) {
                        case SUB -> "in " + StepText.expression(v) + ", " + StepText.show(in) + " is subtracted";
                        case NEG -> "the minus sign of " + StepText.expression(v);
                        case MUL -> "in " + StepText.expression(v) + ", the factor " + StepText.show(v.inputs().get(1 - i)) + " is "
                                + StepText.number(v.inputs().get(1 - i).data());
                        default -> "the local derivative of " + StepText.expression(v) + " is " + StepText.number(v.localGradient(i));
                    };
                    if (!turns.contains(turn)) {
                        turns.add(turn);
                    }
                }
            }
            if (turns.isEmpty()) {
                return "Check the sign of each factor of the chain from " + StepText.show(of) + " back to " + StepText.show(wrt) + ".";
            }
            return "Check the steps that change the sign: " + String.join("; ", turns) + ".";
        }

        /** The node of this op nearest the output on the chain, or null. */
        private Value last(Op op) {
            for (int k = path.size() - 1; k >= 0; k--) {
                if (path.get(k).op() == op) {
                    return path.get(k);
                }
            }
            return null;
        }

        /** A step and, when it is an unnamed part of a named line, the line it belongs to. */
        private Value named(Value v) {
            if (v.name() != null) {
                return v;
            }
            for (Value c : path) {
                if (c.id() > v.id() && c.name() != null && c.inputs().contains(v)) {
                    return c;
                }
            }
            return v;
        }

        private static String product(String a) {
            return a + "(1 − " + a + ")";
        }

        private static boolean isLogSumOfExps(Value v) {
            if (v.op() == Op.LOG_SUM_EXP) {
                return true;
            }
            return v.op() == Op.LOG && sumOfExps(v.inputs().get(0));
        }

        private static boolean sumOfExps(Value v) {
            if (v.op() == Op.EXP) {
                return true;
            }
            return v.op() == Op.ADD && v.name() == null && sumOfExps(v.inputs().get(0)) && sumOfExps(v.inputs().get(1));
        }
    }
}
