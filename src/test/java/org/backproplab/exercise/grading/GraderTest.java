package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-through and every mistake code, on concrete variants with given values. */
class GraderTest {

    static Variant variant(String yaml) throws Exception {
        var catalog = Catalog.read(java.util.List.of(new SourceFile("test.yaml", yaml)), Topics.bundled(), Set.of());
        assertThat(catalog.problems()).isEmpty();
        return VariantGenerator.generate(catalog.exercises().values().iterator().next(), 0);
    }

    // z = 0.5·2 + 0 = 1, a = σ(1) = 0.7310585786, t = 0: E = ½a².
    static final String NEURON = """
            id: neuron
            title: t
            topics: [chain-rule]
            difficulty: 1
            kind: graph
            graph: |
              z = w * x + b
              a = sigmoid(z)
              E = 0.5 * (t - a)^2
            values: {w: 0.5, x: 2, b: 0, t: 0}
            parts:
              - {id: a, ask: value, node: a}
              - {id: dz, ask: gradient, wrt: z}
              - {id: dw, ask: gradient, wrt: w}
            tolerance: {relative: 0.001, absolute: 0.00001}
            """;
    static final double A = 0.7310585786300049;
    static final double SLOPE = A * (1 - A);

    private static String n(double x) {
        return Double.toString(x);
    }

    @Test
    void rightAnswersEarnFullMarks() throws Exception {
        var v = variant(NEURON);
        var grade = Grader.grade(v, Map.of("a", n(A), "dz", n(A * SLOPE), "dw", n(A * SLOPE * 2)), 0);
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.mark()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void oneSlipIsNotPunishedThreeTimes() throws Exception {
        var v = variant(NEURON);
        double myA = 0.75; // a slip in the forward pass
        double myDz = myA * myA * (1 - myA); // consistent with it
        var grade = Grader.grade(v, Map.of("a", n(myA), "dz", n(myDz), "dw", n(myDz * 2)), 0);
        assertThat(grade.parts().get(0).status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(grade.parts().get(1).status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
        assertThat(grade.parts().get(2).status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
        assertThat(grade.parts().get(1).feedback()).contains("your answer to a");
        assertThat(grade.mark()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aWrongGradientIsCarriedOnDownTheChain() throws Exception {
        var v = variant(NEURON);
        double myDz = 0.3; // wrong
        var grade = Grader.grade(v, Map.of("a", n(A), "dz", n(myDz), "dw", n(myDz * 2)), 0);
        assertThat(grade.parts().get(1).status()).isEqualTo(PartResult.Status.WRONG);
        assertThat(grade.parts().get(2).status()).isEqualTo(PartResult.Status.FOLLOW_THROUGH);
        assertThat(grade.parts().get(2).followedFrom()).isEqualTo("dz");
    }

    private static Mistake mistakeFor(Variant v, String part, double answer, Map<String, String> others) {
        var answers = new java.util.HashMap<>(others);
        answers.put(part, n(answer));
        var grade = Grader.grade(v, answers, 0);
        return grade.parts().stream().filter(p -> p.partId().equals(part)).findFirst().orElseThrow().mistake();
    }

    @Test
    void mistakesOnASigmoidNeuron() throws Exception {
        var v = variant(NEURON);
        var right = Map.of("a", n(A), "dz", n(A * SLOPE));
        double dw = A * SLOPE * 2;
        assertThat(mistakeFor(v, "dw", -dw, right)).isEqualTo(Mistake.SIGN_FLIPPED);
        assertThat(mistakeFor(v, "dw", 2 * dw, right)).isEqualTo(Mistake.FORGOT_HALF);
        assertThat(mistakeFor(v, "dw", A * A * 2, right)).isEqualTo(Mistake.SIGMOID_NOT_SLOPE);
        assertThat(mistakeFor(v, "dw", A * 2, right)).isEqualTo(Mistake.DROPPED_LOCAL); // σ' left out
        assertThat(mistakeFor(v, "dw", dw * 1.003, right)).isEqualTo(Mistake.ROUNDED_EARLY);
        assertThat(mistakeFor(v, "dw", 42, right)).isNull();
        var grade = Grader.grade(v, Map.of("a", n(A), "dz", n(A * SLOPE), "dw", n(A * 2)), 0);
        assertThat(grade.parts().get(2).where()).isEqualTo("a = sigmoid(z)");
        assertThat(grade.mistakeCodes()).containsExactly("M01");
    }

    @Test
    void followingOnePathAtAFanOut() throws Exception {
        var v = variant("""
                id: fan
                title: t
                topics: [fan-out]
                difficulty: 1
                kind: graph
                graph: |
                  p = x * y
                  s = x^2
                  f = p + s
                values: {x: 3, y: 2}
                parts:
                  - {id: dx, ask: gradient, wrt: x}
                """);
        assertThat(mistakeFor(v, "dx", 2, Map.of())).isEqualTo(Mistake.ONE_PATH_AT_FAN_OUT); // only through p
        assertThat(mistakeFor(v, "dx", 6, Map.of())).isEqualTo(Mistake.ONE_PATH_AT_FAN_OUT); // only through s
        assertThat(Grader.grade(v, Map.of("dx", "8"), 0).allCorrect()).isTrue();
    }

    @Test
    void thePreActivationInPlaceOfTheActivation() throws Exception {
        var v = variant("""
                id: net
                title: t
                topics: [hidden-layers]
                difficulty: 1
                kind: network
                network: {layers: [1, 1, 1], activations: [sigmoid, linear], loss: half-squared-error}
                values: {x1: 1, t1: 2, w1_1_1: 1, b1_1: 0.5, w2_1_1: 1.5, b2_1: 0}
                parts:
                  - {id: dw2, ask: gradient, wrt: w2_1_1}
                """);
        double z1 = 1.5;
        double a1 = 1 / (1 + Math.exp(-z1));
        double out = 1.5 * a1;
        assertThat(Grader.grade(v, Map.of("dw2", n((out - 2) * a1)), 0).allCorrect()).isTrue();
        assertThat(mistakeFor(v, "dw2", (out - 2) * z1, Map.of())).isEqualTo(Mistake.PRE_ACTIVATION);
    }

    @Test
    void anUpdateInTheWrongDirection() throws Exception {
        var v = variant("""
                id: step
                title: t
                topics: [gradient-descent]
                difficulty: 1
                kind: graph
                graph: |
                  p = w * x
                  L = (p - t)^2
                values: {w: 1, x: 2, t: 5}
                parts:
                  - {id: w-new, ask: update, param: w, rate: 0.1}
                """);
        double g = 2 * (2 - 5) * 2; // -12
        assertThat(Grader.grade(v, Map.of("w-new", n(1 - 0.1 * g)), 0).allCorrect()).isTrue();
        assertThat(mistakeFor(v, "w-new", 1 + 0.1 * g, Map.of())).isEqualTo(Mistake.UPDATE_SIGN);
    }

    @Test
    void unreadableAnswersAreNotAnAttempt() throws Exception {
        var v = variant(NEURON);
        var grade = Grader.grade(v, Map.of("a", "abc", "dz", "", "dw", "1"), 0);
        assertThat(grade.isAttempt()).isFalse();
        assertThat(grade.invalid()).containsKeys("a", "dz").doesNotContainKey("dw");
        assertThat(grade.parts()).isEmpty();
    }

    @ParameterizedTest(name = "{0} hints taken: right answers earn {1}")
    @CsvSource({"0, 1.0", "1, 0.8", "2, 0.3", "5, 0.3"})
    void eachHintTakenLowersTheMaximumByItsCost(int hintsTaken, double expected) throws Exception {
        var v = variant(NEURON.replace("parts:", "hints: [a first hint, {text: a second hint, cost: 0.5}]\nparts:"));
        var grade = Grader.grade(v, Map.of("a", n(A), "dz", n(A * SLOPE), "dw", n(A * SLOPE * 2)), hintsTaken);
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.maxMark()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(grade.mark()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void choicesAndTextsIgnoreCaseAndSpacing() throws Exception {
        var v = variant("""
                id: concept
                title: t
                topics: [chain-rule]
                difficulty: 1
                kind: concept
                hints: [a hint, {text: another, cost: 0.5}]
                parts:
                  - {id: rule, ask: text, accept: [chain rule, the chain rule]}
                  - {id: dir, ask: choice, options: [Forward, Backward], answer: Backward}
                """);
        var grade = Grader.grade(v, Map.of("rule", "  The   CHAIN rule ", "dir", "Backward"), 2);
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.maxMark()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(grade.mark()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Grader.grade(v, Map.of("rule", "product rule", "dir", "Forward"), 0).mark()).isZero();
    }
}
