package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class ExerciseCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateExitCodes() {
        assertThat(run("validate", "exercises")).isZero();
        assertThat(out()).isEmpty();
        assertThat(run("validate")).isZero(); // the exercises the app carries
        assertThat(run("validate", "src/test/resources/broken-exercises")).isEqualTo(1);
        assertThat(out().lines()).allMatch(l -> l.matches("src/test/resources/broken-exercises/[a-z-]+\\.yaml:\\d+: .+"));
        assertThat(run("validate", "no/such/folder")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void solvePrintsOneJsonLine() throws Exception {
        assertThat(run("solve", "exercises/first-steps/sum-times-z.yaml", "--seed", "5")).isZero();
        assertThat(out().lines().count()).isEqualTo(1);
        var json = new ObjectMapper().readTree(out());
        assertThat(json.get("id").asText()).isEqualTo("sum-times-z");
        assertThat(json.get("seed").asLong()).isEqualTo(5);
        double x = json.at("/params/x").asDouble();
        double y = json.at("/params/y").asDouble();
        double z = json.at("/params/z").asDouble();
        assertThat(json.at("/answers/q").asDouble()).isEqualTo(x + y);
        assertThat(json.at("/answers/df~1dx").asDouble()).isEqualTo(z);
        String first = out();
        run("solve", "exercises/first-steps/sum-times-z.yaml", "--seed", "5");
        assertThat(out()).isEqualTo(first);
        run("solve", "exercises/first-steps/sum-times-z.yaml");
        assertThat(new ObjectMapper().readTree(out()).get("seed").asLong()).isZero();
    }

    @Test
    void solveReportsBrokenFilesAndBadUsage() {
        assertThat(run("solve", "src/test/resources/broken-exercises/graph-syntax.yaml")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("src/test/resources/broken-exercises/graph-syntax.yaml:8: ");
        assertThat(run("solve")).isEqualTo(2);
        assertThat(run("solve", "exercises/first-steps/sum-times-z.yaml", "--seed", "abc")).isEqualTo(2);
        assertThat(run("solve", "exercises/first-steps/sum-times-z.yaml", "--seed")).isEqualTo(2);
    }
}
