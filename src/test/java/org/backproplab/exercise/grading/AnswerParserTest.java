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
        assertThat(AnswerParser.parse("9".repeat(500)).error()).contains("too long");
    }
}
