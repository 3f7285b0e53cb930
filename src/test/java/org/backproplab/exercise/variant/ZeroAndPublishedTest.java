package org.backproplab.exercise.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.ExerciseReader;
import org.backproplab.exercise.model.Exercise;
import org.junit.jupiter.api.Test;

/** A part may declare 0 its intended answer; a credited example is the variant of seed 0. */
class ZeroAndPublishedTest {

    private static Exercise read(String path) throws Exception {
        var result = new ExerciseReader(new HashSet<>(Topics.bundled().ids())).read(path, Files.readString(Path.of(path)));
        assertThat(result.problems()).isEmpty();
        return result.exercise();
    }

    @Test
    void aDeadUnitIsAskedAsNumbersWhoseAnswerIsZero() throws Exception {
        Exercise ex = read("src/test/resources/variant-check/dead-unit.yaml");
        for (long seed = 0; seed < 20; seed++) {
            var v = VariantGenerator.generate(ex, seed);
            assertThat((Double) v.answer("a")).isZero();
            assertThat((Double) v.answer("dE/dw")).isZero();
            assertThat(v.evaluate().node("z").data()).isNegative();
        }
    }

    @Test
    void aPartSaidToBeZeroThatNeverIsGetsNoVariant() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/broken-exercises/zero-not-zero.yaml")).replace("    zero: maybe\n", "");
        var result = new ExerciseReader(new HashSet<>(Topics.bundled().ids())).read("zero.yaml", text);
        assertThatThrownBy(() -> VariantGenerator.generate(result.exercise(), 3))
                .isInstanceOf(VariantGenerator.NoVariantException.class)
                .hasMessageContaining("the answer to part 'df/dx' is").hasMessageContaining("not the 0 the file expects");
    }

    @Test
    void twoTwoTwoDrawsNewWeightsButSeedZeroIsThePublishedExample() throws Exception {
        Exercise ex = read("exercises/networks/two-two-two.yaml");
        assertThat(ex.source()).contains("Mazur");
        var published = VariantGenerator.generate(ex, Exercise.PUBLISHED_SEED);
        assertThat(published.params()).containsEntry("w1_1_1", 0.15).containsEntry("w2_2_2", 0.55).containsEntry("b2", 0.60);
        // The post's figures: output o1 = 0.75136507, total error 0.298371109, ∂E/∂w5 = 0.082167041.
        assertThat((Double) published.answer("a2_1")).isCloseTo(0.75136507, org.assertj.core.data.Offset.offset(1e-8));
        assertThat((Double) published.answer("E")).isCloseTo(0.298371109, org.assertj.core.data.Offset.offset(1e-8));
        assertThat((Double) published.answer("dE/dw2_1_1")).isCloseTo(0.082167041, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(ex.varies()).isTrue();
        long others = java.util.stream.LongStream.range(1, 30).mapToObj(s -> {
            try {
                return VariantGenerator.generate(ex, s).params();
            } catch (VariantGenerator.NoVariantException e) {
                throw new IllegalStateException(e);
            }
        }).filter(p -> !p.equals(published.params())).count();
        assertThat(others).isEqualTo(29);
    }
}
