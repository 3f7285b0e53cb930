package org.backproplab.exercise.model;

import java.util.Optional;

import org.backproplab.engine.lang.Evaluation;

/** A part answered with a number, which the engine computes on the learner's variant. */
public sealed interface NumericPart extends Part permits ValuePart, GradientPart, UpdatePart {

    /** The reference answer on an evaluation of the exercise's program (possibly with held values). */
    double answer(Evaluation evaluation);

    /** The derivative the part asks for (its chain rule is what a worked solution writes out); empty for a value part. */
    Optional<Derivative> derivative();

    /** ∂of/∂wrt on an evaluation: the one derivative every numeric part kind is built from. */
    static double gradient(Evaluation e, String of, String wrt) {
        return e.graph().gradient(e.node(of), e.node(wrt));
    }
}
