package org.backproplab.exercise.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.Value;
import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Derivative;
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
 *     recomputed; a wrong derivative, of the output or a local one, is carried on through the rest
 *     of the chain): one slip, one deduction;</li>
 * <li>otherwise, if the number matches what a known mistake gives, that mistake is named, in the
 *     terms of the exercise's own graph.</li>
 * </ul>
 * Each counting part earns its share of the marks; every hint taken lowers the maximum
 * ({@link MarkingPolicy}).
 */
public final class Grader {
    /** A near miss: within this many tolerances, but not within one. */
    static final double NEAR = 5;
    /** The longest word or phrase answer read; as with numbers, the field does not cut it silently. */
    static final int MAX_TEXT_LENGTH = 200;
    /** What to do about a wrong answer whose slip is not recognised (in practice and in quizzes alike). */
    static final String TRY_AGAIN = "Go through the steps again, or take a hint.";
    static final String NOT_RIGHT = "Not right. " + TRY_AGAIN;

    private Grader() {
    }

    public static Grade grade(Variant variant, Map<String, String> typed, int hintsUsed) {
        Exercise exercise = variant.exercise();
        // What is checked is what is kept: spaces around an answer are dropped here, once, so that
        // the length checked is the length stored (a 1 followed by 3,000 spaces is the answer "1").
        Map<String, String> answers = stripped(typed);
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
            } else if (raw.strip().length() > MAX_TEXT_LENGTH) {
                invalid.put(part.id(), AnswerParser.tooLong(raw.strip(), MAX_TEXT_LENGTH));
            }
        }
        double maxMark = MarkingPolicy.maxMark(exercise, hintsUsed);
        if (!invalid.isEmpty()) {
            return new Grade(List.of(), invalid, 0, maxMark);
        }
        List<PartResult> results = new ArrayList<>();
        Slips slips = new Slips();
        double share = maxMark / exercise.parts().size();
        Evaluation evaluation = variant.hasComputation() ? variant.evaluate() : null;
        for (Part p : exercise.parts()) {
            String raw = answers.get(p.id());
            if (p instanceof WordPart words) {
                boolean right = words.accepted().stream().anyMatch(a -> AnswerText.same(raw, a));
                results.add(new PartResult(p.id(), raw, right ? PartResult.Status.CORRECT : PartResult.Status.WRONG,
                        right ? share : 0, null, null, null, right ? PartResult.CORRECT : NOT_RIGHT));
                continue;
            }
            NumericPart part = (NumericPart) p;
            double answer = numbers.get(part.id());
            double truth = (Double) variant.answer(part.id());
            Tolerance tol = exercise.tolerance();
            PartResult result;
            if (tol.accepts(answer, truth)) {
                result = new PartResult(part.id(), raw, PartResult.Status.CORRECT, share, null, null, null, PartResult.CORRECT);
            } else {
                Part from = followThrough(variant, evaluation, part, answer, slips);
                if (from != null) {
                    result = new PartResult(part.id(), raw, PartResult.Status.FOLLOW_THROUGH, share, null, null, from.id(),
                            "Correct, given your answer to " + label(from) + ": the slip there is not counted again.");
                } else {
                    var mistake = recognise(exercise, evaluation, part, answer, truth);
                    result = new PartResult(part.id(), raw, PartResult.Status.WRONG, 0, mistake.mistake(), mistake.where(), null,
                            mistake.feedback());
                }
            }
            if (result.status() != PartResult.Status.CORRECT) {
                slips.record(part, answer);
            }
            results.add(result);
        }
        double mark = results.stream().mapToDouble(PartResult::mark).sum();
        return new Grade(results, Map.of(), mark, maxMark);
    }

    private static Map<String, String> stripped(Map<String, String> typed) {
        Map<String, String> answers = new LinkedHashMap<>();
        typed.forEach((part, answer) -> answers.put(part, answer == null ? "" : answer.strip()));
        return answers;
    }

    /** A part as the page names what it asks: ∂E/∂a for a gradient, a for a value, its prompt otherwise. */
    static String label(Part part) {
        if (part instanceof GradientPart g) {
            return "∂" + g.of() + "/∂" + g.wrt();
        }
        if (part instanceof ValuePart v) {
            return v.node();
        }
        return part.prompt();
    }

    /** The learner's earlier answers that were not right, which later parts are also held to. */
    private static final class Slips {
        /** Wrong forward values, by node. */
        final Map<String, Double> values = new LinkedHashMap<>();
        /** Wrong derivatives ∂of/∂wrt, the output's and local ones alike. */
        final Map<Derivative, Double> gradients = new LinkedHashMap<>();
        final Map<Object, Part> partOf = new HashMap<>();

        void record(NumericPart part, double answer) {
            if (part instanceof ValuePart v) {
                values.put(v.node(), answer);
                partOf.put(v.node(), part);
            } else if (part instanceof GradientPart g) {
                gradients.put(g.derivative().orElseThrow(), answer);
                partOf.put(g.derivative().orElseThrow(), part);
            }
        }
    }

    /**
     * The earlier part whose wrong answer this answer is right for, or null: with earlier wrong
     * values pinned into the graph; or with earlier wrong derivatives carried on along the chain,
     * ∂E/∂x = ∂E/∂v · ∂v/∂x with the learner's own ∂E/∂v, ∂v/∂x or both, when every path from x to
     * E passes through v. So a slip in a local derivative costs one part, like any other slip.
     */
    private static Part followThrough(Variant variant, Evaluation e, NumericPart part, double answer, Slips slips) {
        Exercise exercise = variant.exercise();
        Tolerance tol = exercise.tolerance();
        if (!slips.values.isEmpty()) {
            try {
                double expected = part.answer(pinnedEvaluation(exercise, variant.params(), slips.values));
                return tol.accepts(answer, expected) ? slips.partOf.get(slips.values.keySet().iterator().next()) : null;
            } catch (NonFiniteException | IllegalArgumentException unusable) {
                return null;
            }
        }
        Derivative asked = part.derivative().orElse(null);
        if (asked == null || slips.gradients.isEmpty()) {
            return null;
        }
        Value of = e.node(asked.of());
        Value x = e.node(asked.wrt());
        double truth = e.graph().gradient(of, x);
        Set<String> via = new LinkedHashSet<>();
        slips.gradients.keySet().forEach(d -> {
            via.add(d.of());
            via.add(d.wrt());
        });
        for (String name : via) {
            Value v = e.node(name);
            if (v == of || !v.dependsOn(x)) {
                continue;
            }
            Derivative upper = new Derivative(asked.of(), name);
            Derivative lower = new Derivative(name, asked.wrt());
            Double learnerUpper = slips.gradients.get(upper);
            Double learnerLower = v == x ? null : slips.gradients.get(lower);
            if (learnerUpper == null && learnerLower == null) {
                continue;
            }
            double trueUpper = e.graph().gradient(of, v);
            double trueLower = v == x ? 1 : e.graph().gradient(v, x);
            if (Math.abs(trueUpper * trueLower - truth) > 1e-9 * Math.max(1, Math.abs(truth))) {
                continue; // other paths bypass v: the chain cannot be carried on
            }
            double g = (learnerUpper == null ? trueUpper : learnerUpper) * (learnerLower == null ? trueLower : learnerLower);
            double expected = part instanceof UpdatePart u ? u.step(e, g) : g;
            if (tol.accepts(answer, expected)) {
                return slips.partOf.get(learnerUpper != null ? upper : lower);
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

    /**
     * The known slip whose answer the learner's number matches. When it matches slips that differ
     * (on some variants two slips give the same number), none is named for sure: the feedback says
     * which it could be, and no mistake is counted.
     */
    private static MistakeCandidates.Candidate recognise(Exercise exercise, Evaluation e, NumericPart part, double answer,
            double truth) {
        Tolerance tol = exercise.tolerance();
        List<MistakeCandidates.Candidate> candidates = candidates(e, part);
        List<MistakeCandidates.Candidate> matches = candidates.stream()
                .filter(c -> !tol.accepts(c.answer(), truth) && tol.accepts(answer, c.answer())).toList();
        if (matches.size() == 1 || matches.size() > 1 && matches.stream().allMatch(c -> c.equals(matches.get(0)))) {
            return matches.get(0);
        }
        if (!matches.isEmpty()) {
            Set<Mistake> mistakes = new LinkedHashSet<>();
            matches.forEach(c -> mistakes.add(c.mistake()));
            if (mistakes.size() == 1) { // the same slip at one of several steps: named, but not where
                var first = matches.get(0);
                return new MistakeCandidates.Candidate(first.mistake(), answer, null, first.mistake().title() + ".", first.advice());
            }
            Set<String> could = new LinkedHashSet<>();
            matches.forEach(c -> could.add(lowerFirst(c.mistake().title()) + (c.where() == null ? ""
                    : c.mistake() == Mistake.DROPPED_LOCAL ? " (that of " + c.where() + ")" : " (at " + c.where() + ")")));
            return new MistakeCandidates.Candidate(null, answer, null, "Not right.",
                    "Your number fits more than one slip: " + String.join(", or ", could) + ". " + TRY_AGAIN);
        }
        double diff = Math.abs(answer - truth);
        if (diff <= NEAR * Math.max(tol.absolute(), tol.relative() * Math.abs(truth))) {
            return new MistakeCandidates.Candidate(Mistake.ROUNDED_EARLY, answer, null, Mistake.ROUNDED_EARLY.title() + ".",
                    Mistake.ROUNDED_EARLY.advice());
        }
        return new MistakeCandidates.Candidate(null, answer, null, "Not right.", TRY_AGAIN);
    }

    /** Every known slip on this part and the answer it gives, most specific first; none for a value part. */
    static List<MistakeCandidates.Candidate> candidates(Evaluation e, NumericPart part) {
        return candidates(e, part, false);
    }

    /** @param evenHidden with the slips that give the right answer on this variant too (see {@link VariantCheck}) */
    static List<MistakeCandidates.Candidate> candidates(Evaluation e, NumericPart part, boolean evenHidden) {
        List<MistakeCandidates.Candidate> candidates = new ArrayList<>();
        if (part instanceof GradientPart g) {
            candidates.addAll(MistakeCandidates.forGradient(e, e.node(g.of()), e.node(g.wrt()), evenHidden));
        } else if (part instanceof UpdatePart u) {
            double gradient = e.graph().gradient(e.node(u.loss()), e.node(u.param()));
            candidates.add(new MistakeCandidates.Candidate(Mistake.UPDATE_SIGN, u.step(e, -gradient), null, Mistake.UPDATE_SIGN.title() + ".",
                    "Gradient descent steps against the gradient: " + u.param() + " − " + StepText.number(u.rate()) + " · ∂" + u.loss()
                            + "/∂" + u.param() + ". You added it."));
            for (var c : MistakeCandidates.forGradient(e, e.node(u.loss()), e.node(u.param()), evenHidden)) {
                if (c.mistake() != Mistake.SIGN_FLIPPED) { // a flipped gradient stepped against is the step added
                    candidates.add(c.withAnswer(u.step(e, c.answer())));
                }
            }
        }
        return candidates;
    }

    private static String lowerFirst(String title) {
        return Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))
                ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }
}
