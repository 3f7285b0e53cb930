package org.backproplab.exercise.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.GradientPart;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.Tolerance;
import org.backproplab.exercise.model.UpdatePart;
import org.backproplab.exercise.model.ValuePart;
import org.backproplab.exercise.model.WordPart;
import org.backproplab.exercise.variant.Variant;

/**
 * Grades a learner's answers to a variant, part by part and in order:
 * <ul>
 * <li>a number within the exercise's tolerance of the true answer is correct;</li>
 * <li>follow-through: a later part is also held to the value it would have given the learner's own
 *     earlier answers (a wrong forward value is put into the graph and everything after it
 *     recomputed; a wrong gradient of a node is carried on through the rest of the chain), so one
 *     slip is not punished three times;</li>
 * <li>otherwise, if the number matches what a known mistake gives, that mistake is named.</li>
 * </ul>
 * Each counting part earns its share of the marks; every hint taken lowers the maximum
 * ({@link MarkingPolicy}).
 */
public final class Grader {
    /** A near miss: within this many tolerances, but not within one. */
    static final double NEAR = 5;

    private Grader() {
    }

    public static Grade grade(Variant variant, Map<String, String> answers, int hintsUsed) {
        Exercise exercise = variant.exercise();
        Map<String, Double> numbers = new LinkedHashMap<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (Part part : exercise.parts()) {
            String raw = answers.getOrDefault(part.id(), "");
            if (part instanceof NumericPart) {
                var parsed = AnswerParser.parse(raw);
                if (parsed.ok()) {
                    numbers.put(part.id(), parsed.value());
                } else {
                    invalid.put(part.id(), parsed.error());
                }
            } else if (raw.isBlank()) {
                invalid.put(part.id(), "Choose or type an answer.");
            } else if (raw.length() > 200) {
                invalid.put(part.id(), "That is too long for an answer.");
            }
        }
        double maxMark = MarkingPolicy.maxMark(exercise, hintsUsed);
        if (!invalid.isEmpty()) {
            return new Grade(List.of(), invalid, 0, maxMark);
        }
        List<PartResult> results = new ArrayList<>();
        Map<String, Double> pinnedValues = new LinkedHashMap<>(); // wrong forward values, by node
        Map<String, Double> wrongGradients = new LinkedHashMap<>(); // node → learner's ∂of/∂node, when wrong
        Map<String, String> partOfNode = new HashMap<>();
        double share = maxMark / exercise.parts().size();
        Evaluation evaluation = variant.hasComputation() ? variant.evaluate() : null;
        for (Part p : exercise.parts()) {
            String raw = answers.get(p.id());
            if (p instanceof WordPart words) {
                boolean right = words.accepted().stream().anyMatch(a -> normal(a).equals(normal(raw)));
                results.add(new PartResult(p.id(), raw, right ? PartResult.Status.CORRECT : PartResult.Status.WRONG,
                        right ? share : 0, null, null, null));
                continue;
            }
            NumericPart part = (NumericPart) p;
            double answer = numbers.get(part.id());
            double truth = (Double) variant.answer(part.id());
            Tolerance tol = exercise.tolerance();
            PartResult result;
            if (tol.accepts(answer, truth)) {
                result = new PartResult(part.id(), raw, PartResult.Status.CORRECT, share, null, null, null);
            } else {
                FollowThrough ft = followThrough(variant, evaluation, part, pinnedValues, wrongGradients, partOfNode);
                if (ft != null && tol.accepts(answer, ft.expected)) {
                    result = new PartResult(part.id(), raw, PartResult.Status.FOLLOW_THROUGH, share, null, null, ft.from);
                } else {
                    var mistake = recognise(exercise, evaluation, part, answer, truth);
                    result = new PartResult(part.id(), raw, PartResult.Status.WRONG, 0,
                            mistake == null ? null : mistake.mistake(), mistake == null ? null : mistake.where(), null);
                }
            }
            if (result.status() != PartResult.Status.CORRECT) {
                if (part instanceof ValuePart v) {
                    pinnedValues.put(v.node(), answer);
                    partOfNode.put(v.node(), part.id());
                } else if (part instanceof GradientPart g && g.ofOutput(evaluation)) {
                    wrongGradients.put(g.wrt(), answer);
                    partOfNode.put("d:" + g.wrt(), part.id());
                }
            }
            results.add(result);
        }
        double mark = results.stream().mapToDouble(PartResult::mark).sum();
        return new Grade(results, Map.of(), mark, maxMark);
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private record FollowThrough(double expected, String from) {
    }

    /**
     * The answer this part would have given the learner's earlier wrong answers: earlier wrong
     * values pinned into the graph; or an earlier wrong gradient ∂E/∂v carried on as ∂E/∂v · ∂v/∂wrt
     * when every path from wrt to the output passes through v.
     */
    private static FollowThrough followThrough(Variant variant, Evaluation e, NumericPart part, Map<String, Double> pinned,
            Map<String, Double> wrongGradients, Map<String, String> partOfNode) {
        Exercise exercise = variant.exercise();
        if (!pinned.isEmpty()) {
            try {
                double expected = part.answer(pinnedEvaluation(exercise, variant.params(), pinned));
                String from = partOfNode.get(pinned.keySet().iterator().next());
                return new FollowThrough(expected, from);
            } catch (NonFiniteException | IllegalArgumentException unusable) {
                return null;
            }
        }
        String wrtName = part instanceof GradientPart g && g.ofOutput(e) ? g.wrt() : part instanceof UpdatePart u ? u.param() : null;
        if (wrtName != null) {
            var output = e.output();
            var wrt = e.node(wrtName);
            double truth = e.graph().gradient(output, wrt);
            for (var entry : wrongGradients.entrySet()) {
                var v = e.node(entry.getKey());
                if (v == wrt || !v.dependsOn(wrt)) {
                    continue;
                }
                double dEdv = e.graph().gradient(output, v);
                double dvdw = e.graph().gradient(v, wrt);
                if (Math.abs(dEdv * dvdw - truth) > 1e-9 * Math.max(1, Math.abs(truth))) {
                    continue; // other paths bypass v: the chain cannot be carried on
                }
                double g = entry.getValue() * dvdw;
                double expected = part instanceof UpdatePart u ? u.step(e, g) : g;
                return new FollowThrough(expected, partOfNode.get("d:" + entry.getKey()));
            }
        }
        return null;
    }

    private static Evaluation pinnedEvaluation(Exercise exercise, Map<String, Double> params, Map<String, Double> pinned) {
        Evaluation e = exercise.program().evaluate(params);
        Map<org.backproplab.engine.Value, Double> held = new HashMap<>();
        pinned.forEach((name, value) -> held.put(e.node(name), value));
        e.graph().forwardHolding(held);
        return e;
    }

    /** The most specific known mistake whose answer the learner's number matches. */
    private static MistakeCandidates.Candidate recognise(Exercise exercise, Evaluation e, NumericPart part, double answer,
            double truth) {
        Tolerance tol = exercise.tolerance();
        List<MistakeCandidates.Candidate> candidates = new ArrayList<>();
        if (part instanceof GradientPart g) {
            candidates.addAll(MistakeCandidates.forGradient(e, e.node(g.of()), e.node(g.wrt())));
        } else if (part instanceof UpdatePart u) {
            double gradient = e.graph().gradient(e.node(u.loss()), e.node(u.param()));
            candidates.add(new MistakeCandidates.Candidate(Mistake.UPDATE_SIGN, u.step(e, -gradient), null));
            for (var c : MistakeCandidates.forGradient(e, e.node(u.loss()), e.node(u.param()))) {
                candidates.add(new MistakeCandidates.Candidate(c.mistake(), u.step(e, c.answer()), c.where()));
            }
        }
        // Candidates come most specific first: where two mistakes give the same number, the
        // narrower explanation (the ½, σ in place of σ') wins over the general one.
        for (var c : candidates) {
            if (!tol.accepts(c.answer(), truth) && tol.accepts(answer, c.answer())) {
                return c;
            }
        }
        double diff = Math.abs(answer - truth);
        if (diff <= NEAR * Math.max(tol.absolute(), tol.relative() * Math.abs(truth))) {
            return new MistakeCandidates.Candidate(Mistake.ROUNDED_EARLY, answer, null);
        }
        return null;
    }
}
