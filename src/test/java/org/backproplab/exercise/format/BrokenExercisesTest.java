package org.backproplab.exercise.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.backproplab.content.Topics;
import org.junit.jupiter.api.Test;

/** Each broken file gets its own message at the line of the mistake. */
class BrokenExercisesTest {
    @Test
    void eachBrokenFileIsReportedAtItsLine() throws Exception {
        String dir = "src/test/resources/broken-exercises";
        var catalog = Catalog.read(SourceFile.under(Path.of(dir), dir), Topics.bundled(), Set.of("sum-times-z"));
        var lines = catalog.problems().stream().map(Problem::toString).toList();
        assertThat(lines).anyMatch(l -> l.startsWith(dir + "/bad-yaml.yaml:4: YAML syntax"));
        assertThat(lines).contains(dir + "/unknown-key.yaml:11: unknown key 'colour' in an exercise; the keys are "
                + "constraints, difficulty, graph, hints, id, kind, network, parts, text, title, tolerance, topics, values");
        assertThat(lines).anyMatch(l -> l.startsWith(dir + "/graph-syntax.yaml:8: graph, line 2, column 6:"));
        assertThat(lines).contains(dir + "/unknown-name.yaml:14: unknown name 'z': the graph has x, y, f");
        assertThat(lines).contains(dir + "/impossible-range.yaml:9: impossible range: min 5.0 is greater than max 1.0");
        assertThat(lines).contains(dir + "/missing-part.yaml:1: an exercise needs 'parts': a list of what is asked");
        assertThat(lines).contains(dir + "/unreachable-constraint.yaml:12: no usable variant in 1000 draws: the constraint 'x > 10' is never met");
        // Problems across files cite the later file.
        assertThat(lines).contains(dir + "/unknown-name.yaml:1: the id 'unknown-name' is already used by " + dir + "/duplicate-id.yaml");
        assertThat(lines).contains(dir + "/zz-quiz.yaml:6: the quiz names an unknown exercise 'no-such-exercise'");
        assertThat(lines).hasSize(9);
        assertThat(catalog.exercises()).containsOnlyKeys("unknown-name"); // duplicate-id.yaml itself is fine
    }
}
