package org.backproplab.exercise.model;

import java.util.List;
import java.util.Optional;

import org.backproplab.engine.lang.Evaluation;

/** A part answered with a number, which the engine computes on the learner's variant. */
public sealed interface NumericPart extends Part permits ValuePart, GradientPart, UpdatePart {

    /**
     * What the file says of this part's answer beyond the computation: that 0 is the intended answer
     * (a dead ReLU, a blocked path), and which other parts may rightly give the same number.
     */
    Checks checks();

    /** Whether the file declares 0 the intended answer ({@code zero: expected}). */
    default boolean zeroExpected() {
        return checks().zeroExpected();
    }

    /**
     * @param zeroExpected the part's answer is 0 in every variant, and that is the lesson
     * @param mayEqual     ids of other parts whose answer may equal this one's by design (∂E/∂b = ∂E/∂z)
     */
    record Checks(boolean zeroExpected, List<String> mayEqual) {
        public static final Checks NONE = new Checks(false, List.of());

        public Checks {
            mayEqual = List.copyOf(mayEqual);
        }
    }

    /** The reference answer on an evaluation of the exercise's program (possibly with held values). */
    double answer(Evaluation evaluation);

    /** The derivative the part asks for (its chain rule is what a worked solution writes out); empty for a value part. */
    Optional<Derivative> derivative();

    /** ∂of/∂wrt on an evaluation: the one derivative every numeric part kind is built from. */
    static double gradient(Evaluation e, String of, String wrt) {
        return e.graph().gradient(e.node(of), e.node(wrt));
    }
}
