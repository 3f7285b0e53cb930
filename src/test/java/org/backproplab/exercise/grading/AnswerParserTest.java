package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser against a corpus of good and bad answers (src/test/resources/grading/answers.csv). */
class AnswerParserTest {

    static List<String[]> corpus() throws IOException {
        try (var in = Objects.requireNonNull(AnswerParserTest.class.getResourceAsStream("/grading/answers.csv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> {
                        int bar = l.lastIndexOf('|');
                        return new String[] {l.substring(0, bar), l.substring(bar + 1)};
                    }).toList();
        }
    }

    @Test
    void theCorpusIsLargeAndMixed() throws IOException {
        var corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
        assertThat(corpus.stream().filter(c -> c[1].equals("ERROR")).count()).isGreaterThanOrEqualTo(30);
    }

    @TestFactory
    Stream<DynamicTest> eachInput() throws IOException {
        return corpus().stream().map(c -> DynamicTest.dynamicTest("'" + c[0] + "'", () -> {
            var parsed = AnswerParser.parse(c[0]);
            if (c[1].equals("ERROR")) {
                assertThat(parsed.ok()).as("should be refused").isFalse();
                assertThat(parsed.error()).isNotBlank().doesNotContain("Exception");
            } else {
                assertThat(parsed.error()).isNull();
                assertThat(parsed.value()).isCloseTo(Double.parseDouble(c[1]), org.assertj.core.data.Offset.offset(1e-9));
            }
        }));
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertThat(AnswerParser.parse("").error()).isEqualTo("Enter a number.");
        assertThat(AnswerParser.parse("abc").error()).contains("'abc' is not one");
        assertThat(AnswerParser.parse("1/0").error()).contains("division by zero");
        assertThat(AnswerParser.parse("1/(1-1)").error()).contains("division by zero");
        assertThat(AnswerParser.parse("9".repeat(500)).error()).contains("too long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9^9^9", "1e308*10", "1e999", "9^9^9^9", "exp(1000)", "-1e308*10", "2^(9^9)"})
    void aNumberTooLargeIsCalledTooLarge(String answer) {
        assertThat(AnswerParser.parse(answer).error()).isEqualTo("That number is too large to work with.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "log(0)    | The log of 0 or of a negative number is not a number.",
            "log(-1)   | The log of 0 or of a negative number is not a number.",
            "sqrt(-1)  | The square root of a negative number is not a number.",
            "0/0       | There is a division by zero in that calculation.",
    })
    void otherCalculationsWithoutAFiniteResultSayWhy(String answer, String message) {
        assertThat(AnswerParser.parse(answer).error()).isEqualTo(message);
    }

    @Test
    void aLongAnswerIsRefusedWithItsLengthNotCut() {
        assertThat(AnswerParser.parse("1".repeat(5000)).error())
                .isEqualTo("That answer is too long (5,000 characters); an answer can have at most " + AnswerParser.MAX_LENGTH + ".");
        assertThat(AnswerParser.parse("0." + "1".repeat(AnswerParser.MAX_LENGTH - 2)).ok()).isTrue();
    }

    @Test
    void fullWidthFormsFromAnInputMethodAreRead() {
        assertThat(AnswerParser.parse("２").value()).isEqualTo(2.0);
        assertThat(AnswerParser.parse("－０．２５").value()).isEqualTo(-0.25);
        assertThat(AnswerParser.parse("１／４").value()).isEqualTo(0.25);
        assertThat(AnswerParser.parse("٠,٥").value()).isEqualTo(0.5); // Arabic-Indic digits with a decimal comma
    }
}
