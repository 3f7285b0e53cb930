package org.backproplab.exercise.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.model.ChoicePart;
import org.junit.jupiter.api.Test;

/** Choice options with reasons: read from the file, checked, shuffled per variant. */
class ChoiceOptionsTest {
    private static final String FILE = """
            id: concept
            title: t
            topics: [chain-rule]
            difficulty: 1
            kind: concept
            parts:
              - id: dir
                ask: choice
                prompt: Which way?
                options:
                  - Backward
                  - text: Forward
                    why: That is the order of the forward pass.
                  - text: Sideways
                answer: Backward
            """;

    private static Catalog read(String yaml) {
        return Catalog.read(List.of(new SourceFile("test.yaml", yaml)), Topics.bundled(), Set.of());
    }

    private static ChoicePart part(String yaml) {
        var catalog = read(yaml);
        assertThat(catalog.problems()).isEmpty();
        return (ChoicePart) catalog.exercises().get("concept").parts().get(0);
    }

    @Test
    void anOptionIsATextOrATextWithWhy() {
        var choice = part(FILE);
        assertThat(choice.options()).containsExactly("Backward", "Forward", "Sideways");
        assertThat(choice.why("Forward")).hasValue("That is the order of the forward pass.");
        assertThat(choice.why("Sideways")).isEmpty();
        assertThat(choice.why("Backward")).isEmpty();
        assertThat(choice.answer()).isEqualTo("Backward");
    }

    @Test
    void badOptionsAreReportedAtTheirLine() {
        var problems = read(FILE.replace("why: That is", "colour: red\n        why: That is")
                .replace("- text: Sideways", "- text: Forward")).problems().stream().map(Problem::toString).toList();
        assertThat(problems).contains(
                "test.yaml:13: unknown key 'colour' in an option; the keys are text, why",
                "test.yaml:15: the option 'Forward' is listed twice");
        assertThat(read(FILE.replace("why: That is the order of the forward pass.", "why: ''")).problems())
                .map(Problem::toString).containsExactly("test.yaml:13: 'why' must be a non-empty text: why this option is right or wrong");
    }

    @Test
    void eachVariantShufflesTheOptionsItsOwnWayAndAlwaysTheSameWay() {
        var choice = part(FILE);
        Set<List<String>> orders = new HashSet<>();
        Set<Integer> placesOfTheAnswer = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            var order = choice.optionsFor(seed);
            assertThat(order).containsExactlyInAnyOrderElementsOf(choice.options());
            assertThat(choice.optionsFor(seed)).as("the same variant, the same order").isEqualTo(order);
            orders.add(order);
            placesOfTheAnswer.add(order.indexOf("Backward"));
        }
        assertThat(orders).as("all six orders of three options occur").hasSize(6);
        assertThat(placesOfTheAnswer).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void anExerciseVariesWhenAValueIsDrawnOrAChoiceIsShuffled() {
        assertThat(read(FILE).exercises().get("concept").varies()).isTrue();
        var textOnly = read(FILE.substring(0, FILE.indexOf("  - id: dir")) + """
                  - {id: rule, ask: text, accept: [chain rule]}
                """);
        assertThat(textOnly.exercises().get("concept").varies()).isFalse();
    }
}
