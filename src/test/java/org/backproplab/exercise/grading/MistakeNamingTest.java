package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.backproplab.content.Topics;
import org.backproplab.engine.Op;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every bundled exercise, each slip the engine can simulate is made on one part (every other
 * part right) and graded: the mistake named must be the slip made, or none when the number fits
 * two different slips on that variant; never another one. And the feedback speaks of the
 * exercise's own graph: no op symbols, no ½ where the program has no 0.5.
 */
class MistakeNamingTest {
    private static final Catalog CATALOG = read();
    private static final int SEEDS = 16;
    /** Op symbols that are not how the page writes a program. */
    private static final List<String> INTERNAL = Stream.of(Op.values())
            .filter(op -> op.form() != Op.Form.FUNCTION)
            .map(Op::symbol).filter(s -> !Set.of("+", "^", "=").contains(s)).toList();

    private static Catalog read() {
        try {
            return Catalog.read(SourceFile.under(Path.of("exercises"), "exercises"), Topics.bundled(), Set.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> exercisesWithAComputation() {
        // A gradient check asks only forward values (its "backprop" is a formula): no chain, so no slip to name.
        return CATALOG.exercises().values().stream().filter(e -> e.program() != null)
                .filter(e -> e.parts().stream().anyMatch(p -> p instanceof org.backproplab.exercise.model.NumericPart n
                        && n.derivative().isPresent()))
                .map(Exercise::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercisesWithAComputation")
    void eachSimulatedSlipIsNamedAsItselfOrNotAtAll(String id) throws Exception {
        Exercise ex = CATALOG.exercises().get(id);
        int named = 0;
        int slips = 0;
        List<String> wrong = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Variant v = VariantGenerator.generate(ex, seed);
            var e = v.evaluate();
            Map<String, String> right = new HashMap<>();
            ex.parts().forEach(p -> right.put(p.id(), String.valueOf(v.answer(p.id()))));
            for (Part p : ex.parts()) {
                if (!(p instanceof NumericPart part)) {
                    continue;
                }
                double truth = (Double) v.answer(p.id());
                var candidates = Grader.candidates(e, part);
                for (var slip : candidates) {
                    if (ex.tolerance().accepts(slip.answer(), truth)) {
                        continue; // on this variant the slip changes nothing
                    }
                    slips++;
                    var answers = new HashMap<>(right);
                    answers.put(p.id(), Double.toString(slip.answer()));
                    PartResult result = Grader.grade(v, answers, 0).parts().stream()
                            .filter(r -> r.partId().equals(p.id())).findFirst().orElseThrow();
                    String what = "seed " + seed + ", " + p.id() + ", slip " + slip.mistake() + " (" + slip.where() + "): ";
                    assertThat(result.status()).as(what + "status").isEqualTo(PartResult.Status.WRONG);
                    boolean alsoAnother = candidates.stream().anyMatch(c -> c.mistake() != slip.mistake()
                            && !ex.tolerance().accepts(c.answer(), truth) && ex.tolerance().accepts(slip.answer(), c.answer()));
                    if (result.mistake() == null) {
                        if (!alsoAnother) {
                            wrong.add(what + "named none though no other slip gives this number");
                        }
                        continue;
                    }
                    named++;
                    if (result.mistake() != slip.mistake()) {
                        wrong.add(what + "named " + result.mistake() + " (" + result.where() + ")");
                    } else if (result.where() != null && !result.where().equals(slip.where())) {
                        wrong.add(what + "named at " + result.where());
                    }
                    checkWording(ex, result.feedback(), what);
                }
            }
        }
        assertThat(wrong).as("%s: %d of %d slips misnamed", id, wrong.size(), slips).isEmpty();
        assertThat(named).as("%s: slips named", id).isPositive();
    }

    private static void checkWording(Exercise ex, String feedback, String what) {
        for (String symbol : INTERNAL) {
            assertThat(feedback).as(what + "no internal symbol in: " + feedback).doesNotContain("at " + symbol)
                    .doesNotContain("(" + symbol + ")");
        }
        assertThat(feedback).as(what + feedback).doesNotContain("×").doesNotContain("÷");
        if (!ex.programText().contains("0.5")) {
            assertThat(feedback).as(what + "no ½ without a 0.5 in the program: " + feedback).doesNotContain("½").doesNotContain("the 0.5");
        }
        for (Part other : ex.parts()) {
            if (other.id().contains("/")) {
                assertThat(feedback).as(what + "no part id in: " + feedback).doesNotContain(other.id());
            }
        }
    }
}
