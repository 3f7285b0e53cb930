package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The bench's contract (not its speed): three ways agree, and the last two lines are the ratios. */
class BenchCommandTest {
    @Test
    void benchEndsWithTheTwoRatiosAndTheWaysAgree() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"bench"});
        assertThat(code).isZero();
        var lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 2]).matches("graph/limit ratio: \\d+\\.\\d{3}");
        assertThat(lines[lines.length - 1]).matches("fast/limit ratio: \\d+\\.\\d{3}");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(within 1e-9), accuracies equal")
                .doesNotContain("NOT within").contains("accuracy 1.000");
        assertThat(err.size()).isZero();
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        var err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"bench", "nope"});
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown benchmark: nope");
    }

    @Test
    void checksGradesEveryBundledExerciseAndSaysTheCpuPerCheck() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"bench", "checks"});
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        var checks = java.util.regex.Pattern.compile("answer checks: (\\d+) \\((\\d+) exercises").matcher(text);
        assertThat(checks.find()).as(text).isTrue();
        assertThat(Integer.parseInt(checks.group(2))).isGreaterThanOrEqualTo(20);
        var graded = java.util.regex.Pattern.compile("graded as expected: (\\d+) of (\\d+)").matcher(text);
        assertThat(graded.find()).as(text).isTrue();
        assertThat(graded.group(1)).as("every reference answer right, every changed one not").isEqualTo(graded.group(2));
        assertThat(text).containsPattern("CPU per answer check: \\d+\\.\\d µs on average; slowest exercise [a-z0-9-]+: \\d+\\.\\d µs");
        assertThat(err.size()).isZero();
    }
}
