package org.backproplab.exercise.grading;

import static org.backproplab.exercise.grading.BundledVariants.rightAnswers;
import static org.backproplab.exercise.grading.BundledVariants.variant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.assertj.core.data.Offset;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.WorkedSolution;
import org.junit.jupiter.api.Test;

/** The slips a learner reported on the bundled exercises: named as made, worded from the exercise, deducted once. */
class BundledExercisesGradingTest {
    private static double truth(Variant v, String part) {
        return (Double) v.answer(part);
    }

    private static PartResult graded(Variant v, Map<String, String> answers, String part) {
        return Grader.grade(v, answers, 0).parts().stream().filter(r -> r.partId().equals(part)).findFirst().orElseThrow();
    }

    private static PartResult withSlip(Variant v, String part, double answer) {
        var answers = rightAnswers(v);
        answers.put(part, Double.toString(answer));
        return graded(v, answers, part);
    }

    @Test
    void softmaxTwoTheTargetNotSubtractedIsNamedSoNotAFanOut() throws Exception {
        for (long seed = 0; seed < 8; seed++) {
            var v = variant("softmax-two", seed);
            var e = v.evaluate();
            double z1 = e.node("z1_1").data();
            double z2 = e.node("z1_2").data();
            double p1 = Math.exp(z1) / (Math.exp(z1) + Math.exp(z2));
            assertThat(truth(v, "dE/dz1_1")).isCloseTo(p1 - 1, Offset.offset(1e-9));
            var result = withSlip(v, "dE/dz1_1", p1); // p where p − t belongs
            assertThat(result.mistake()).as("seed %d: %s", seed, result.feedback()).isNotNull();
            assertThat(result.mistake().code()).isEqualTo("M09");
            assertThat(result.feedback()).contains("p − t").doesNotContain("fan-out");
        }
    }

    @Test
    void sigmoidNeuronASignFlipOnDzIsNeverCalledALocalDerivativeLeftOut() throws Exception {
        int named = 0;
        for (long seed = 0; seed < 64; seed++) {
            var v = variant("sigmoid-neuron", seed);
            var result = withSlip(v, "dE/dz", -truth(v, "dE/dz"));
            assertThat(result.feedback()).as("seed %d", seed).doesNotContain("at ^").doesNotContain("left out (at");
            if (result.mistake() != null) {
                assertThat(result.mistake().code()).as("seed %d: %s", seed, result.feedback()).isEqualTo("M02");
                assertThat(result.feedback()).contains("in t - a, a is subtracted");
                named++;
            } else {
                // a = 0.5 and t = 0: leaving out 2(t − a) gives the same number; both are offered.
                assertThat(result.feedback()).contains("sign").contains("(t - a)^2");
            }
        }
        assertThat(named).isGreaterThan(48);
    }

    @Test
    void aSignFlipWithoutASquaredErrorSpeaksOfItsOwnGraph() throws Exception {
        for (String[] ex : new String[][] {{"sum-times-z", "df/dx"}, {"softmax-two", "dE/dz1_1"}, {"exp-log", "df/da"}}) {
            for (long seed = 0; seed < 8; seed++) {
                var v = variant(ex[0], seed);
                var result = withSlip(v, ex[1], -truth(v, ex[1]));
                assertThat(result.feedback()).as("%s seed %d", ex[0], seed).doesNotContain("½").doesNotContain("t − a")
                        .doesNotContain("t - a");
            }
        }
        var v = variant("sum-times-z", 0);
        assertThat(v.params().get("z")).isNegative();
        assertThat(withSlip(v, "df/dx", -truth(v, "df/dx")).feedback())
                .contains("in q * z, the factor z is " + WorkedSolution.number(v.params().get("z")));
    }

    @Test
    void aDroppedLocalDerivativeInANetworkIsWrittenAsTheProgramWritesIt() throws Exception {
        Variant v = null;
        // w2_1_1 = ±2 and x1 = 3: leaving out w2_1_1 is no other slip's number (x1 is never 1 now: it would hide a forgotten x1)
        for (long seed = 0; v == null || Math.abs(v.params().get("w2_1_1")) != 2 || v.params().get("x1") != 3; seed++) {
            v = variant("two-two-one-relu", seed);
        }
        double dw1 = truth(v, "dE/dw1_1_1");
        var result = withSlip(v, "dE/dw1_1_1", dw1 / v.params().get("w2_1_1")); // the factor w2_1_1 left out
        assertThat(result.feedback()).contains("w2_1_1 * a1_1").doesNotContain("×").doesNotContain("at ^");
        result = withSlip(v, "dE/dw1_1_1", 2 * dw1);
        assertThat(result.feedback()).contains("E = 0.5 * (t1 - a2_1)^2");
    }

    @Test
    void followThroughNamesTheEarlierPartAsThePageShowsIt() throws Exception {
        var v = variant("table-neuron", 0);
        var answers = rightAnswers(v);
        double myDEda = truth(v, "dE/da") + 0.3;
        double dadz = truth(v, "da/dz");
        double x = v.params().get("x");
        answers.put("dE/da", Double.toString(myDEda));
        answers.put("dE/dz", Double.toString(myDEda * dadz));
        answers.put("dE/dw", Double.toString(myDEda * dadz * x));
        var grade = Grader.grade(v, answers, 0);
        var dz = grade.parts().stream().filter(r -> r.partId().equals("dE/dz")).findFirst().orElseThrow();
        assertThat(dz.status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
        assertThat(dz.feedback()).contains("your answer to ∂E/∂a").doesNotContain("dE/da");
    }

    @Test
    void tableNeuronSigmaInPlaceOfItsSlopeCostsOnePartLikeAnyOtherSlip() throws Exception {
        for (long seed = 0; seed < 8; seed++) {
            var v = variant("table-neuron", seed);
            var e = v.evaluate();
            double a = e.node("a").data();
            double x = v.params().get("x");
            double dEda = truth(v, "dE/da");
            var answers = rightAnswers(v);
            answers.put("da/dz", Double.toString(a)); // σ(z) where σ'(z) belongs
            answers.put("dE/dz", Double.toString(dEda * a));
            answers.put("dE/dw", Double.toString(dEda * a * x));
            var grade = Grader.grade(v, answers, 0);
            assertThat(grade.parts().get(3).mistake().code()).as("seed %d", seed).isEqualTo("M04");
            assertThat(grade.parts().get(4).status()).as("seed %d: %s", seed, grade.parts().get(4).feedback())
                    .isEqualTo(PartResult.Status.FOLLOW_THROUGH);
            assertThat(grade.parts().get(5).status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
            assertThat(grade.mark()).as("seed %d", seed).isCloseTo(5.0 / 6, Offset.offset(1e-9));

            // The same as a slip in the upstream gradient: one part lost there too.
            answers = rightAnswers(v);
            double myDEda = -dEda;
            double dadz = truth(v, "da/dz");
            answers.put("dE/da", Double.toString(myDEda));
            answers.put("dE/dz", Double.toString(myDEda * dadz));
            answers.put("dE/dw", Double.toString(myDEda * dadz * x));
            assertThat(Grader.grade(v, answers, 0).mark()).isCloseTo(5.0 / 6, Offset.offset(1e-9));
        }
    }

    @Test
    void aWrongGradientIsCarriedIntoTheUpdateStep() throws Exception {
        var v = variant("neuron-step", 0);
        var answers = rightAnswers(v);
        double myGradient = truth(v, "dE/dw") * 2; // the ½ forgotten
        answers.put("dE/dw", Double.toString(myGradient));
        answers.put("w-new", Double.toString(v.params().get("w") - 0.5 * myGradient));
        var grade = Grader.grade(v, answers, 0);
        assertThat(grade.parts().get(0).status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(grade.parts().get(1).status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
        assertThat(grade.parts().get(1).feedback()).contains("your answer to ∂E/∂w");
        assertThat(grade.mark()).isCloseTo(2.0 / 3, Offset.offset(1e-9));
    }
}
