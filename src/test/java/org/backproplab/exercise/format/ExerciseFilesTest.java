package org.backproplab.exercise.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backproplab.content.Topics;
import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.grading.VariantCheck;
import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.GradientPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.UpdatePart;
import org.backproplab.exercise.model.ValuePart;
import org.backproplab.exercise.model.WordPart;
import org.backproplab.exercise.variant.VariantGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The project's exercises: all valid, and every reference answer agrees with finite differences. */
class ExerciseFilesTest {
    private static final Catalog CATALOG = read();
    private static final double H = 1e-6;

    private static Catalog read() {
        try {
            return Catalog.read(SourceFile.under(Path.of("exercises"), "exercises"), Topics.bundled(), Set.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFileIsValidAndThereAreEnough() {
        assertThat(CATALOG.problems()).isEmpty();
        assertThat(CATALOG.exercises()).hasSizeGreaterThanOrEqualTo(44);
        var kinds = CATALOG.exercises().values().stream().map(Exercise::kind).toList();
        assertThat(kinds).contains(Exercise.Kind.GRAPH, Exercise.Kind.NETWORK, Exercise.Kind.CONCEPT);
        // The kinds of exercise a learner meets are the folders (the "kinds": gradient check, mini-batch, ...).
        var folders = CATALOG.exercises().values().stream().map(e -> Path.of(e.path()).getParent().getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(folders).hasSizeGreaterThanOrEqualTo(17).contains("gradient-check", "mini-batch", "vectorised", "dead-relu",
                "find-the-bug", "order-the-steps", "predict-sign", "accumulation", "exploding");
        for (String folder : folders) {
            assertThat(CATALOG.exercises().values().stream().filter(e -> e.path().contains("/" + folder + "/")).count())
                    .as("exercises in %s", folder).isGreaterThanOrEqualTo(2);
        }
        assertThat(CATALOG.quizzes()).hasSizeGreaterThanOrEqualTo(5).containsKeys("first-steps", "one-neuron", "whole-network",
                "training", "debugging");
        for (Exercise e : CATALOG.exercises().values()) {
            assertThat(e.hints()).as("%s has hints", e.id()).isNotEmpty();
            assertThat(e.topics()).as("%s has topics", e.id()).isNotEmpty();
        }
        assertThat(CATALOG.exercises().values().stream().map(Exercise::difficulty).collect(Collectors.toSet()))
                .as("every level is used").containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @TestFactory
    Stream<DynamicTest> noVariantsHideAMistakeOrMakePartsCoincide() {
        return CATALOG.exercises().values().stream().map(ex -> DynamicTest.dynamicTest(ex.id(), () ->
                assertThat(VariantCheck.check(ex).findings()).as(ex.id()).isEmpty()));
    }

    @Test
    void theLossIsCalledEEverywhere() {
        for (Exercise e : CATALOG.exercises().values()) {
            if (e.program() != null) {
                assertThat(e.program().assigned()).as(e.id()).doesNotContain("L", "C");
            }
            for (Part p : e.parts()) {
                assertThat(p.id() + " " + p.prompt()).as(e.id()).doesNotContain("dL/", "∂L/");
            }
        }
    }

    @Test
    void everyWrongOptionSaysWhyItIsWrong() {
        int checked = 0;
        for (Exercise e : CATALOG.exercises().values()) {
            for (Part part : e.parts()) {
                if (part instanceof ChoicePart choice) {
                    for (String option : choice.options()) {
                        if (!option.equals(choice.answer())) {
                            assertThat(choice.why(option)).as("%s, part %s, option '%s'", e.id(), part.id(), option).isNotEmpty();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void anExerciseWithNothingToDrawHasOneVariant() {
        String fixed = """
                id: fixed
                title: Nothing drawn
                topics: [chain-rule]
                difficulty: 1
                kind: graph
                graph: "f = x * y"
                values: {x: 2, y: 3}
                parts: [{id: df/dx, ask: gradient, wrt: x}]
                """;
        var result = new ExerciseReader(Set.copyOf(Topics.bundled().ids())).read("fixed.yaml", fixed);
        assertThat(result.exercise().varies()).isFalse();
        assertThat(CATALOG.exercises().get("two-two-two").varies()).as("its weights are drawn now").isTrue();
        assertThat(CATALOG.exercises().get("sum-times-z").varies()).isTrue();
        assertThat(CATALOG.exercises().get("why-gradients").varies()).as("its options are shuffled").isTrue();
    }

    @TestFactory
    Stream<DynamicTest> answersAgreeWithFiniteDifferences() {
        return CATALOG.exercises().values().stream().map(ex -> DynamicTest.dynamicTest(ex.id(), () -> {
            for (long seed = 0; seed < 12; seed++) {
                var variant = VariantGenerator.generate(ex, seed);
                for (Part part : ex.parts()) {
                    if (part instanceof WordPart words) {
                        assertThat(variant.answer(part.id())).isEqualTo(words.accepted().get(0));
                        continue;
                    }
                    double answer = (Double) variant.answer(part.id());
                    // Computed independently of the parts' own answer methods: finite differences on the program.
                    double expected;
                    if (part instanceof ValuePart v) {
                        expected = ex.program().evaluate(variant.params()).node(v.node()).data();
                    } else if (part instanceof GradientPart g) {
                        expected = numeric(ex, variant.params(), g.of(), g.wrt());
                    } else if (part instanceof UpdatePart u) {
                        expected = variant.params().get(u.param()) - u.rate() * numeric(ex, variant.params(), ex.program().output(), u.param());
                    } else {
                        throw new AssertionError("a part of an unknown kind: " + part);
                    }
                    double scale = Math.max(1e-3, Math.abs(expected));
                    assertThat(Math.abs(answer - expected) / scale).as("%s seed %d part %s", ex.id(), seed, part.id()).isLessThan(1e-5);
                }
            }
        }));
    }

    /**
     * Central difference of {@code of} with respect to {@code wrt}. For a computed name, its line
     * gets a small extra input added (v = (expr) + __d), which is the same derivative.
     */
    static double numeric(Exercise ex, Map<String, Double> params, String of, String wrt) throws Exception {
        String text = ex.programText();
        Map<String, Double> values = new HashMap<>(params);
        String nudged = wrt;
        if (!ex.program().inputs().contains(wrt)) {
            var lines = text.split("\n", -1);
            int line = ex.program().lineOf(wrt) - 1;
            int eq = lines[line].indexOf('=');
            String expr = lines[line].substring(eq + 1).replaceAll("#.*", "");
            lines[line] = wrt + " = (" + expr + ") + __d";
            text = String.join("\n", lines);
            nudged = "__d";
            values.put("__d", 0.0);
        }
        Program program = Program.parse(text);
        double x = values.get(nudged);
        values.put(nudged, x + H);
        double plus = program.evaluate(values).node(of).data();
        values.put(nudged, x - H);
        double minus = program.evaluate(values).node(of).data();
        return (plus - minus) / (2 * H);
    }

    @Test
    void oneSeedIsOneVariantAndSeedsDiffer() throws Exception {
        var ex = CATALOG.exercises().get("sum-times-z");
        var a = VariantGenerator.generate(ex, 42);
        var b = VariantGenerator.generate(ex, 42);
        assertThat(a.params()).isEqualTo(b.params());
        assertThat(a.answers()).isEqualTo(b.answers());
        long distinct = Stream.iterate(0L, s -> s + 1).limit(20).map(s -> {
            try {
                return VariantGenerator.generate(ex, s).params();
            } catch (VariantGenerator.NoVariantException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void drawnValuesAreRoundedAndMeetTheConstraints() throws Exception {
        var ex = CATALOG.exercises().get("sum-times-z");
        for (long seed = 0; seed < 50; seed++) {
            var p = VariantGenerator.generate(ex, seed).params();
            assertThat(p.get("x") + p.get("y")).isNotZero();
            assertThat(p.get("x")).isEqualTo(Math.rint(p.get("x")));
            assertThat(List.of(-4.0, -3.0, -2.0, 2.0, 3.0, 4.0)).contains(p.get("z"));
        }
    }

    @Test
    void theMazurNetworkComesOutAsPublished() throws Exception {
        var v = VariantGenerator.generate(CATALOG.exercises().get("two-two-two"), 0);
        assertThat((Double) v.answer("E")).isCloseTo(0.298371109, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) v.answer("dE/dw2_1_1")).isCloseTo(0.082167041, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) v.answer("dE/dw1_1_1")).isCloseTo(0.000438568, org.assertj.core.data.Offset.offset(1e-9));
    }
}
