package org.backproplab.exercise.grading;

import static org.backproplab.exercise.grading.BundledVariants.rightAnswers;
import static org.backproplab.exercise.grading.BundledVariants.variant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.variant.Variant;
import org.junit.jupiter.api.Test;

/** Grading of the second edition's kinds: zeros as answers, a bug named by choice, forgiving text, general sign advice. */
class NewKindsGradingTest {
    private static PartResult part(Grade grade, String id) {
        return grade.parts().stream().filter(r -> r.partId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDeadUnitsZeroGradientsAreRightAndANonZeroGuessIsNot() throws Exception {
        for (long seed = 0; seed < 5; seed++) {
            var v = variant("dead-hidden-unit", seed);
            var answers = rightAnswers(v);
            answers.put("dE/dw2_1_2", "0");
            answers.put("dE/dw1_2_1", "0");
            var grade = Grader.grade(v, answers, 0);
            assertThat(grade.mark()).isEqualTo(grade.maxMark());
            // Treating the dead unit as if it passed the gradient on (relu' taken as 1) is marked wrong.
            var e = v.evaluate();
            double ignoringRelu = (e.node("a2_1").data() - e.node("t1").data()) * e.node("w2_1_2").data() * e.node("x1").data();
            answers.put("dE/dw1_2_1", Double.toString(ignoringRelu));
            assertThat(part(Grader.grade(v, answers, 0), "dE/dw1_2_1").status()).isEqualTo(PartResult.Status.WRONG);
        }
    }

    @Test
    void findTheBugTakesTheWrongStepAndTheRightValue() throws Exception {
        var v = variant("bug-in-sigmoid-step", 7);
        var answers = rightAnswers(v);
        assertThat(Grader.grade(v, answers, 0).mark()).isEqualTo(1.0);
        // The value the shown (wrong) step 3 gives, −0.2689 · 0.7311, is the σ(z)-for-σ'(z) slip, and is named so.
        answers.put("dE/dz", "-0.1966");
        var slip = part(Grader.grade(v, answers, 0), "dE/dz");
        assertThat(slip.status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(slip.mistake()).isEqualTo(Mistake.SIGMOID_NOT_SLOPE);
        var step = (ChoicePart) v.exercise().part("step");
        answers = rightAnswers(v);
        answers.put("step", step.options().stream().filter(o -> o.startsWith("Step 2")).findFirst().orElseThrow());
        assertThat(part(Grader.grade(v, answers, 0), "step").status()).isEqualTo(PartResult.Status.WRONG);
    }

    @Test
    void aSecondUnzeroedPassStoresTwiceTheGradientAndOnePassAloneIsNotRight() throws Exception {
        var v = variant("two-backward-passes", 3);
        double once = (Double) v.answer("dE/dw");
        assertThat((Double) v.answer("stored")).isEqualTo(2 * once);
        var answers = rightAnswers(v);
        answers.put("stored", Double.toString(once));
        var result = part(Grader.grade(v, answers, 0), "stored");
        assertThat(result.status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(result.mark()).isZero();
    }

    @Test
    void aMiniBatchGradientIsTheMeanAndTheSumIsNamedAsASlip() throws Exception {
        var v = variant("batch-of-two", 11);
        var answers = rightAnswers(v);
        double mean = (Double) v.answer("dE/dw");
        answers.put("dE/dw", Double.toString(2 * mean)); // summed, not averaged: the /2 left out
        var result = part(Grader.grade(v, answers, 0), "dE/dw");
        assertThat(result.status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(result.mistake()).isIn(Mistake.DROPPED_LOCAL, null);
    }

    @Test
    void aTextAnswerIsReadForgivingly() throws Exception {
        var v = variant("gradient-descent-idea", 1);
        var answers = rightAnswers(v);
        for (String typed : new String[] {"dL/dw", "∂E / ∂w", "dC/dw.", "Gradient!"}) {
            answers.put("update", typed);
            assertThat(part(Grader.grade(v, answers, 0), "update").status()).as(typed).isEqualTo(PartResult.Status.CORRECT);
        }
        answers.put("update", "dE/dx");
        assertThat(part(Grader.grade(v, answers, 0), "update").status()).isEqualTo(PartResult.Status.WRONG);
    }

    @Test
    void theSignAdviceSpeaksOfTheExercisesOwnStepsNotOfAHalfSquare() throws Exception {
        var v = variant("deep-linear-chain", 2);
        var answers = rightAnswers(v);
        answers.put("dE/dw1", Double.toString(-(Double) v.answer("dE/dw1")));
        var result = part(Grader.grade(v, answers, 0), "dE/dw1");
        assertThat(result.mistake()).isEqualTo(Mistake.SIGN_FLIPPED);
        assertThat(result.feedback()).doesNotContain("½").doesNotContain("(t − a)");
    }
}
