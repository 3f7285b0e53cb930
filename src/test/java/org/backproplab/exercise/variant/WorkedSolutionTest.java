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
        assertThat(solution.chains().get("dx")).endsWith(" = (21) = 21");
    }

    @Test
    void theVariantIsLeftAsItWas() throws Exception {
        var variant = variant(FAN_OUT, "- {id: dx, ask: gradient, wrt: x}");
        new WorkedSolution(variant);
        var again = new WorkedSolution(variant);
        assertThat(again.nodes()).filteredOn(n -> n.name().equals("x")).extracting(WorkedSolution.Node::gradient).containsExactly(21.0);
    }
}
