package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word answers are compared as a person means them, not as they happen to be typed. */
class AnswerTextTest {

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            chain-rule         | chain rule
            chain rule.        | chain rule
            Chain Rule!        | chain rule
            '  the  chain   rule '| the chain rule
            ＣＨＡＩＮ ＲＵＬＥ  | chain rule
            chain–rule         | chain rule
            ∂E / ∂w            | dE/dw
            dL/dw              | dE/dw
            ∂C/∂w              | dE/dw
            de/dw              | ∂E/∂w
            dE/dw.             | dE/dw
            restructuring      | Restructuring
            """)
    void theseAreTheSameAnswer(String typed, String accepted) {
        assertThat(AnswerText.same(typed, accepted)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' is not ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            chain              | chain rule
            product rule       | chain rule
            dE/dx              | dE/dw
            dw/dE              | dE/dw
            dE/db              | dL/dw
            E                  | dE/dw
            ∂a/∂z              | dE/dz
            """)
    void theseDiffer(String typed, String accepted) {
        assertThat(AnswerText.same(typed, accepted)).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            dL/dw  | dL/dw
            """)
    void onlyTheLossLetterIsFreeInADerivative(String typed, String accepted) {
        // the letters a, z, w and x stay what they are: only E, L and C name the loss
        assertThat(AnswerText.normal("da/dw")).isNotEqualTo(AnswerText.normal(accepted));
        assertThat(AnswerText.normal(typed)).isEqualTo(AnswerText.normal("∂E/∂w"));
    }
}
