package org.backproplab.exercise.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.backproplab.content.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken file gets its own message at the line of the mistake; one case per file, named by it. */
class BrokenExercisesTest {
    private static final String DIR = "src/test/resources/broken-exercises";

    private static Catalog catalog() throws Exception {
        return Catalog.read(SourceFile.under(Path.of(DIR), DIR), Topics.bundled(), Set.of("sum-times-z"));
    }

    private static List<String> problems() throws Exception {
        return catalog().problems().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-yaml.yaml               | 4  | YAML syntax
            unknown-key.yaml            | 11 | unknown key 'colour' in an exercise; the keys are constraints, difficulty, graph, hints, id, kind, network, parts, published, source, text, title, tolerance, topics, values
            graph-syntax.yaml           | 8  | graph, line 2, column 6:
            unknown-name.yaml           | 14 | unknown name 'z': the graph has x, y, f
            impossible-range.yaml       | 9  | impossible range: min 5.0 is greater than max 1.0
            missing-part.yaml           | 1  | an exercise needs 'parts': a list of what is asked
            unreachable-constraint.yaml | 12 | no usable variant in 1000 draws: the constraint 'x > 10' is never met
            zero-not-zero.yaml          | 19 | 'zero' can only be 'expected': the part's answer is 0 in every variant, and that is the point
            """)
    void aBrokenFileIsReportedAtItsLine(String file, int line, String message) throws Exception {
        assertThat(problems()).anyMatch(p -> p.startsWith(DIR + "/" + file + ":" + line + ": " + message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-name.yaml | 1 | the id 'unknown-name' is already used by src/test/resources/broken-exercises/duplicate-id.yaml
            zz-quiz.yaml      | 6 | the quiz names an unknown exercise 'no-such-exercise'
            """)
    void aProblemAcrossFilesCitesTheLaterFile(String file, int line, String message) throws Exception {
        assertThat(problems()).contains(DIR + "/" + file + ":" + line + ": " + message);
    }

    @Test
    void nothingElseIsReportedAndTheGoodFileIsKept() throws Exception {
        assertThat(problems()).hasSize(10);
        assertThat(catalog().exercises()).containsOnlyKeys("unknown-name"); // duplicate-id.yaml itself is fine
    }
}
