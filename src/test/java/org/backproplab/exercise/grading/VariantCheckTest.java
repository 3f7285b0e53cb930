package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.ExerciseReader;
import org.backproplab.exercise.model.Exercise;
import org.junit.jupiter.api.Test;

/** The validate rule: variants must be able to tell a named mistake from the right method, and parts apart. */
class VariantCheckTest {
    private static final Path DIR = Path.of("src/test/resources/variant-check");

    private static Exercise read(String file) throws Exception {
        var result = new ExerciseReader(new HashSet<>(Topics.bundled().ids())).read(file, Files.readString(DIR.resolve(file)));
        assertThat(result.problems()).isEmpty();
        return result.exercise();
    }

    @Test
    void aListWithOneHidesAForgottenFactorAndIsReportedAtThePart() throws Exception {
        var report = VariantCheck.check(read("hides-a-factor.yaml"));
        // x is drawn from 1, 2, 3: in about a third of the variants "forgot × x" gives the right answer.
        assertThat(report.share()).isBetween(0.2, 0.5);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(14);
            assertThat(f.message()).startsWith("part 'dE/dw': a named mistake gets the right answer in ")
                    .contains("M01 A local derivative left out: the one of w * x.");
        });
    }

    @Test
    void withoutTheOneNothingIsReported() throws Exception {
        var report = VariantCheck.check(read("shows-every-factor.yaml"));
        assertThat(report.variants()).isEqualTo(VariantCheck.SAMPLES);
        assertThat(report.share()).isZero();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void partsThatOftenCoincideAreReportedUnlessTheyMayBeEqual() throws Exception {
        var report = VariantCheck.check(read("parts-coincide.yaml"));
        // ∂f/∂x = z and q = x + y coincide now and then: reported at the later part; ∂f/∂z = q always, but it says may-equal.
        assertThat(report.findings()).extracting(VariantCheck.Finding::message)
                .anyMatch(m -> m.startsWith("parts 'q' and 'df/dx' have the same answer in "))
                .noneMatch(m -> m.contains("'df/dz'") && m.contains("'q'"));
    }

    @Test
    void aPartWhoseAnswerIsMeantToBeZeroIsNotHeldToTheRule() throws Exception {
        var report = VariantCheck.check(read("dead-unit.yaml"));
        assertThat(report.findings()).isEmpty();
    }
}
