package org.backproplab.exercise.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backproplab.engine.lang.Evaluation;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Tolerance;
import org.backproplab.exercise.model.ValueSpec;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;

/**
 * Whether an exercise's variants can tell a right method from a wrong one. Over a sample of
 * variants, a numeric part is reported when a named mistake (M01–M08) gives its right answer in
 * more than {@link #LIMIT} of them (then "forgot × x" is marked right whenever x = 1), and two
 * parts are reported when their answers coincide that often although the file does not say they
 * may ({@code may-equal}). A part whose file expects 0 is left out: there the 0 is the lesson.
 */
public final class VariantCheck {
    /** The share of variants above which a hidden mistake or a coincidence is reported. */
    public static final double LIMIT = 0.05;
    public static final int SAMPLES = 200;

    private VariantCheck() {
    }

    /** A problem at a part's line of the exercise's file. */
    public record Finding(int line, String message) {
    }

    /**
     * @param variants how many variants were sampled (1 when nothing is drawn)
     * @param share    the share of them in which at least one part would mark a named mistake right
     */
    public record Report(String exerciseId, int variants, double share, List<Finding> findings) {
    }

    public static Report check(Exercise exercise) {
        return check(exercise, SAMPLES);
    }

    public static Report check(Exercise exercise, int samples) {
        List<NumericPart> parts = exercise.parts().stream().filter(NumericPart.class::isInstance).map(NumericPart.class::cast).toList();
        if (parts.isEmpty() || exercise.program() == null) {
            return new Report(exercise.id(), 0, 0, List.of());
        }
        boolean drawn = exercise.values().values().stream().anyMatch(v -> !(v instanceof ValueSpec.Fixed));
        int n = drawn ? samples : 1;
        Tolerance tol = exercise.tolerance();
        // Per part, per variant: the slips (code and headline) that give the right answer there.
        Map<NumericPart, List<Set<String>>> hiddenBy = new LinkedHashMap<>();
        Map<NumericPart, Map<String, Integer>> seenIn = new LinkedHashMap<>();
        Map<List<NumericPart>, Integer> coincide = new LinkedHashMap<>();
        int counted = 0;
        for (long seed = 0; seed < n; seed++) {
            Variant variant;
            try {
                variant = VariantGenerator.generate(exercise, seed);
            } catch (VariantGenerator.NoVariantException e) {
                return new Report(exercise.id(), 0, 0, List.of()); // the catalog reports it
            }
            counted++;
            Evaluation e = variant.evaluate();
            for (NumericPart part : parts) {
                if (part.zeroExpected()) {
                    continue;
                }
                double truth = (Double) variant.answer(part.id());
                Set<String> hidden = new LinkedHashSet<>();
                Map<String, Integer> seen = seenIn.computeIfAbsent(part, k -> new HashMap<>());
                for (var c : Grader.candidates(e, part, true)) {
                    if (c.mistake() == Mistake.FORGOT_TARGET) {
                        continue;
                    }
                    String slip = c.mistake().code() + " " + c.headline();
                    seen.merge(slip, 1, Integer::sum);
                    if (tol.accepts(c.answer(), truth)) {
                        hidden.add(slip);
                    }
                }
                hiddenBy.computeIfAbsent(part, k -> new ArrayList<>()).add(hidden);
            }
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    NumericPart a = parts.get(i);
                    NumericPart b = parts.get(j);
                    if (mayEqual(a, b)) {
                        continue;
                    }
                    double x = (Double) variant.answer(a.id());
                    double y = (Double) variant.answer(b.id());
                    if (tol.accepts(x, y) || tol.accepts(y, x)) {
                        coincide.merge(List.of(a, b), 1, Integer::sum);
                    }
                }
            }
        }
        // A slip hidden on every variant is no slip for this exercise (forgetting relu' where every z > 0,
        // or × t where t = 1 is given): only those that some variant shows and others hide are counted.
        boolean[] anyHidden = new boolean[counted];
        Map<NumericPart, Map<String, Integer>> hiddenCounts = new LinkedHashMap<>();
        Map<NumericPart, Integer> hiddenVariants = new LinkedHashMap<>();
        for (var entry : hiddenBy.entrySet()) {
            Map<String, Integer> seen = seenIn.get(entry.getKey());
            Map<String, Integer> total = new HashMap<>();
            entry.getValue().forEach(set -> set.forEach(slip -> total.merge(slip, 1, Integer::sum)));
            for (int v = 0; v < entry.getValue().size(); v++) {
                boolean hides = false;
                for (String slip : entry.getValue().get(v)) {
                    if (total.get(slip) < seen.get(slip) || !drawn) {
                        hiddenCounts.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>()).merge(slip, 1, Integer::sum);
                        hides = true;
                    }
                }
                if (hides) {
                    anyHidden[v] = true;
                    hiddenVariants.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        int hiddenTotal = 0;
        for (boolean h : anyHidden) {
            hiddenTotal += h ? 1 : 0;
        }
        List<Finding> findings = new ArrayList<>();
        for (var entry : hiddenVariants.entrySet()) {
            double share = (double) entry.getValue() / counted;
            if (share > LIMIT) {
                String most = hiddenCounts.get(entry.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                findings.add(new Finding(entry.getKey().line(), String.format(Locale.ROOT,
                        "part '%s': a named mistake gets the right answer in %s of %d sampled variants (most often %s), so the part "
                                + "cannot tell it from the right method; leave out the values that hide a factor (1, 0) or add a constraint",
                        entry.getKey().id(), percent(share), counted, most)));
            }
        }
        for (var entry : coincide.entrySet()) {
            double share = (double) entry.getValue() / counted;
            if (share > LIMIT) {
                NumericPart a = entry.getKey().get(0);
                NumericPart b = entry.getKey().get(1);
                findings.add(new Finding(b.line(), String.format(Locale.ROOT,
                        "parts '%s' and '%s' have the same answer in %s of %d sampled variants; make them differ, or say 'may-equal: [%s]' "
                                + "if they are equal by design", a.id(), b.id(), percent(share), counted, a.id())));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::line));
        return new Report(exercise.id(), counted, (double) hiddenTotal / counted, findings);
    }

    private static boolean mayEqual(NumericPart a, NumericPart b) {
        return a.zeroExpected() && b.zeroExpected() || a.checks().mayEqual().contains(b.id()) || b.checks().mayEqual().contains(a.id());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

}
