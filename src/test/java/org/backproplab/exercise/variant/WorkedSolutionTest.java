package org.backproplab.exercise.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.junit.jupiter.api.Test;

/** The worked solution's numbers and the chain rule it typesets, on graphs small enough to check by hand. */
class WorkedSolutionTest {

    private static Variant variant(String graph, String parts) throws Exception {
        String yaml = "id: worked\ntitle: t\ntopics: [chain-rule]\ndifficulty: 1\nkind: graph\ngraph: |\n"
                + graph.indent(2) + "values: {x: 2, y: 3}\nparts:\n" + parts.indent(2);
        var catalog = Catalog.read(List.of(new SourceFile("worked.yaml", yaml)), Topics.bundled(), Set.of());
        assertThat(catalog.problems()).isEmpty();
        return VariantGenerator.generate(catalog.exercises().get("worked"), 0);
    }

    private static String d(String of, String wrt) {
        return "\\frac{\\partial \\mathit{" + of + "}}{\\partial \\mathit{" + wrt + "}}";
    }

    // x = 2, y = 3: p = 6, s = 5, f = 30; ∂f/∂x = s·y + p·1 = 15 + 6 = 21.
    private static final String FAN_OUT = """
            p = x * y
            s = x + y
            f = p * s
            """;

    @Test
    void aGradientAtAFanOutIsWrittenPathByPathWithTheNumbers() throws Exception {
        var solution = new WorkedSolution(variant(FAN_OUT, "- {id: dx, ask: gradient, wrt: x}"));
        assertThat(solution.chains().get("dx")).isEqualTo(d("f", "x") + " = " + d("f", "p") + "\\cdot " + d("p", "x") + " + "
                + d("f", "s") + "\\cdot " + d("s", "x") + " = (5)\\cdot (3) + (6)\\cdot (1) = 21");
        assertThat(solution.pathNodes().get("dx")).containsExactlyInAnyOrder("f", "p", "s", "x");
    }

    @Test
    void anUpdateAddsTheGradientDescentStep() throws Exception {
        var solution = new WorkedSolution(variant(FAN_OUT, "- {id: x-new, ask: update, param: x, rate: 0.1}"));
        assertThat(solution.chains().get("x-new")).endsWith(" = 21\\qquad \\mathit{x}' = \\mathit{x} - 0.1\\cdot" + d("f", "x"));
    }

    @Test
    void everyNamedValueCarriesTheOutputsGradient() throws Exception {
        var solution = new WorkedSolution(variant(FAN_OUT, "- {id: dx, ask: gradient, wrt: x}"));
        assertThat(solution.nodes()).extracting(WorkedSolution.Node::name, WorkedSolution.Node::value, WorkedSolution.Node::gradient)
                .contains(org.assertj.core.groups.Tuple.tuple("f", 30.0, 1.0), org.assertj.core.groups.Tuple.tuple("p", 6.0, 5.0),
                        org.assertj.core.groups.Tuple.tuple("s", 5.0, 6.0), org.assertj.core.groups.Tuple.tuple("x", 2.0, 21.0),
                        org.assertj.core.groups.Tuple.tuple("y", 3.0, 16.0));
        assertThat(solution.backwardOrder().get(0).name()).isEqualTo("f");
    }

    @Test
    void unnamedStepsFoldIntoOneEdgeBetweenNamedValues() throws Exception {
        // f = (x·y)(x + y) with no names between: one arrow x → f carrying the whole derivative.
        var solution = new WorkedSolution(variant("f = (x * y) * (x + y)\n", "- {id: dx, ask: gradient, wrt: x}"));
        assertThat(solution.edges()).containsExactlyInAnyOrder(new WorkedSolution.Edge("x", "f", 21.0),
                new WorkedSolution.Edge("y", "f", 16.0));
        // One edge is its own local derivative: no "∂f/∂x = ∂f/∂x = (21)" going round in a circle.
        assertThat(solution.chains().get("dx")).isEqualTo(d("f", "x") + " = 21");
    }

    @Test
    void aGradientOneStepAwayIsWrittenOnceThroughAChainItIsWrittenOut() throws Exception {
        var solution = new WorkedSolution(variant(FAN_OUT, "- {id: dp, ask: gradient, wrt: p}\n- {id: dx, ask: gradient, wrt: x}"));
        assertThat(solution.chains().get("dp")).isEqualTo(d("f", "p") + " = 5");
        assertThat(solution.chains().get("dx")).contains(d("f", "p") + "\\cdot " + d("p", "x"));
    }

    @Test
    void theVariantIsLeftAsItWas() throws Exception {
        var variant = variant(FAN_OUT, "- {id: dx, ask: gradient, wrt: x}");
        new WorkedSolution(variant);
        var again = new WorkedSolution(variant);
        assertThat(again.nodes()).filteredOn(n -> n.name().equals("x")).extracting(WorkedSolution.Node::gradient).containsExactly(21.0);
    }

    private static Catalog shipped() throws java.io.IOException {
        return Catalog.read(SourceFile.under(java.nio.file.Path.of("exercises"), "exercises"), Topics.bundled(), Set.of());
    }

    @Test
    void aNetworkIsLaidOutLayerByLayerWithEachLayersWeightsJustBeforeIt() throws Exception {
        var solution = new WorkedSolution(VariantGenerator.generate(shipped().exercises().get("two-two-one-relu"), 0));
        java.util.Map<String, Integer> column = new java.util.HashMap<>();
        solution.nodes().forEach(n -> column.put(n.name(), n.level()));
        // x and the first layer's weights | z1 | a1 | the second layer's weights | z2 | a2 | the target | E
        assertThat(List.of("x1", "x2", "w1_1_1", "w1_2_2", "b1_1", "b1_2")).allSatisfy(n -> assertThat(column.get(n)).isEqualTo(0));
        assertThat(column.get("z1_1")).isEqualTo(1).isEqualTo(column.get("z1_2"));
        assertThat(column.get("a1_1")).isEqualTo(2).isEqualTo(column.get("a1_2"));
        assertThat(List.of("w2_1_1", "w2_1_2", "b2_1")).allSatisfy(n -> assertThat(column.get(n)).isEqualTo(3));
        assertThat(column.get("z2_1")).isEqualTo(4);
        assertThat(column.get("a2_1")).isEqualTo(5);
        assertThat(column.get("t1")).isEqualTo(6);
        assertThat(column.get("E")).isEqualTo(7);
    }

    @Test
    void inEveryShippedExerciseArrowsPointRightAndNoColumnMixesGivenAndComputedValues() throws Exception {
        for (var exercise : shipped().exercises().values()) {
            if (exercise.program() == null) {
                continue;
            }
            var solution = new WorkedSolution(VariantGenerator.generate(exercise, 0));
            java.util.Map<String, WorkedSolution.Node> byName = new java.util.HashMap<>();
            solution.nodes().forEach(n -> byName.put(n.name(), n));
            for (var e : solution.edges()) {
                assertThat(byName.get(e.from()).level()).as("%s: %s → %s", exercise.id(), e.from(), e.to())
                        .isLessThan(byName.get(e.to()).level());
            }
            var mixed = solution.nodes().stream().collect(java.util.stream.Collectors.groupingBy(WorkedSolution.Node::level,
                    java.util.stream.Collectors.mapping(WorkedSolution.Node::input, java.util.stream.Collectors.toSet())));
            assertThat(mixed.values()).as(exercise.id()).allSatisfy(kinds -> assertThat(kinds).hasSize(1));
            int last = solution.nodes().stream().mapToInt(WorkedSolution.Node::level).max().orElseThrow();
            assertThat(solution.nodes()).as("%s: the output alone in the last column", exercise.id())
                    .filteredOn(n -> n.level() == last).extracting(WorkedSolution.Node::name).containsExactly(solution.output());
        }
    }
}
