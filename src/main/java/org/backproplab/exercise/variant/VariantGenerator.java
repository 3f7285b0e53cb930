package org.backproplab.exercise.variant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.backproplab.engine.NonFiniteException;
import org.backproplab.engine.lang.Evaluation;
import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.model.Constraint;
import org.backproplab.exercise.model.Derivative;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.ValueSpec;
import org.backproplab.exercise.model.WordPart;

/**
 * Draws a variant for a seed. Draws that break a constraint, give NaN or ±∞, a trivial zero
 * answer or an ill-conditioned one are rejected and the next draw of the same generator is taken,
 * so one seed always yields one variant.
 */
public final class VariantGenerator {
    static final int MAX_DRAWS = 1000;
    /** An answer smaller than this is "zero": nothing to compute by hand. */
    static final double TRIVIAL = 1e-9;
    /** Answers beyond these magnitudes cannot be worked by hand to a tolerance. */
    static final double TOO_SMALL = 1e-5;
    static final double TOO_LARGE = 1e6;

    private VariantGenerator() {
    }

    /** No variant could be drawn; the message says why the last draw was rejected. */
    public static final class NoVariantException extends Exception {
        private final int line;

        NoVariantException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line of the file the problem points at (a part, a constraint), or 1. */
        public int line() {
            return line;
        }
    }

    public static Variant generate(Exercise exercise, long seed) throws NoVariantException {
        if (exercise.program() == null) {
            return new Variant(exercise, seed, Map.of(), answers(exercise, null));
        }
        Random random = new Random(seed);
        boolean allFixed = exercise.values().values().stream().allMatch(ValueSpec::isFixed);
        Map<Constraint, Program> constraintPrograms = new LinkedHashMap<>();
        for (Constraint c : exercise.constraints()) {
            try {
                constraintPrograms.put(c, c.program(exercise.programText()));
            } catch (org.backproplab.engine.lang.ParseException e) {
                throw new NoVariantException("constraint '" + c.text() + "': " + e.problem(), c.line());
            }
        }
        NumericPart unanswerable = unanswerable(exercise);
        if (unanswerable != null) {
            Derivative d = unanswerable.derivative().orElseThrow();
            throw new NoVariantException("part '" + unanswerable.id() + "' asks for the gradient of " + d.of() + " with respect to "
                    + d.wrt() + ", but " + d.of() + " does not depend on " + d.wrt(), unanswerable.line());
        }
        String reason = "";
        int line = 1;
        for (int draw = 0; draw < (allFixed ? 1 : MAX_DRAWS); draw++) {
            Map<String, Double> params = new LinkedHashMap<>();
            exercise.values().forEach((name, spec) -> params.put(name, spec.draw(random)));
            boolean publishedDraw = draw == 0 && seed == Exercise.PUBLISHED_SEED && !exercise.published().isEmpty();
            if (publishedDraw) {
                params.putAll(exercise.published());
            }
            String broken = constraintPrograms.entrySet().stream().filter(e -> !e.getKey().holds(e.getValue(), params))
                    .map(e -> e.getKey().text()).findFirst().orElse(null);
            if (broken != null && publishedDraw) {
                throw new NoVariantException("the published values break the constraint '" + broken + "'", 1);
            }
            if (broken != null) {
                reason = "the constraint '" + broken + "' is never met";
                line = exercise.constraints().stream().filter(c -> c.text().equals(broken)).findFirst().map(Constraint::line).orElse(1);
                continue;
            }
            try {
                Evaluation evaluation = exercise.program().evaluate(params);
                Map<String, Object> answers = answers(exercise, evaluation);
                Part rejected = rejection(exercise, answers);
                if (rejected == null) {
                    return new Variant(exercise, seed, params, answers);
                }
                double a = (Double) answers.get(rejected.id());
                reason = rejected instanceof NumericPart n && n.zeroExpected()
                        ? "the answer to part '" + rejected.id() + "' is " + a + ", not the 0 the file expects ('zero: expected')"
                        : Math.abs(a) < TRIVIAL ? "the answer to part '" + rejected.id() + "' is 0, which leaves nothing to compute"
                        : "the answer to part '" + rejected.id() + "' (" + a + ") is too small or too large to work by hand";
                line = rejected.line();
                if (publishedDraw) {
                    throw new NoVariantException("the published values cannot be used: " + reason, line);
                }
            } catch (NonFiniteException e) {
                reason = e.getMessage();
                line = 1;
            }
        }
        throw new NoVariantException(allFixed
                ? "the given values cannot be used: " + reason
                : "no usable variant in " + MAX_DRAWS + " draws: " + reason, line);
    }

    /**
     * The first part whose answer is zero, or too small or large to work by hand; or, for a part
     * whose file says 0 is the intended answer, the first whose answer is not 0.
     */
    private static Part rejection(Exercise exercise, Map<String, Object> answers) {
        for (Part part : exercise.parts()) {
            if (!(answers.get(part.id()) instanceof Double a)) {
                continue;
            }
            boolean zero = ((NumericPart) part).zeroExpected();
            if (zero ? Math.abs(a) >= TRIVIAL : Math.abs(a) < TOO_SMALL || Math.abs(a) > TOO_LARGE) {
                return part;
            }
        }
        return null;
    }

    /** A gradient part whose node does not depend on the name it differentiates by: always 0. */
    private static NumericPart unanswerable(Exercise exercise) {
        Map<String, Double> ones = new LinkedHashMap<>();
        exercise.program().inputs().forEach(n -> ones.put(n, 1.0));
        Evaluation shape;
        try {
            shape = exercise.program().evaluate(ones);
        } catch (NonFiniteException e) {
            return null; // the structure is checked again on the real draws
        }
        for (Part part : exercise.parts()) {
            if (part instanceof NumericPart n && n.derivative().isPresent() && !n.zeroExpected()) {
                Derivative d = n.derivative().get();
                if (!shape.node(d.of()).dependsOn(shape.node(d.wrt()))) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The reference answer of every part: numbers from the engine, or the first accepted text. */
    static Map<String, Object> answers(Exercise exercise, Evaluation e) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Part part : exercise.parts()) {
            if (part instanceof NumericPart n) {
                answers.put(part.id(), n.answer(e));
            } else if (part instanceof WordPart w) {
                answers.put(part.id(), w.expected());
            }
        }
        return answers;
    }
}
