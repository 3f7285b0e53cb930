package org.backproplab.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.variant.VariantGenerator;
import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.ui.WcagContrast;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked solution's drawing for every exercise the app ships: boxes apart, every arrow's
 * number off the boxes, given values of later layers out of the way of the arrows between
 * computed values, and labels and lines that read on both themes' backgrounds.
 */
class SolutionGraphTest {
    private static final Catalog CATALOG = read();
    /** Lumo's page background in the light theme and in the dark theme (hsl(214, 35%, 21%)). */
    private static final List<String> PAGE_BACKGROUNDS = List.of("#ffffff", "#233348");

    private static Catalog read() {
        try {
            return Catalog.read(SourceFile.under(Path.of("exercises"), "exercises"), Topics.bundled(), Set.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Exercise> withAGraph() {
        return CATALOG.exercises().values().stream().filter(e -> e.program() != null);
    }

    /** A box on the screen, in the drawing's pixels. */
    private record Box(String name, double left, double top, double right, double bottom) {
        static Box around(String name, double[] centre, double width, double height) {
            return new Box(name, centre[0] - width / 2, centre[1] - height / 2, centre[0] + width / 2, centre[1] + height / 2);
        }

        boolean contains(double x, double y) {
            return x > left && x < right && y > top && y < bottom;
        }

        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    @TestFactory
    Stream<DynamicTest> boxesNeverOverlapAndNoNumberSitsOnABox() {
        return withAGraph().map(ex -> DynamicTest.dynamicTest(ex.id(), () -> {
            var solution = new WorkedSolution(VariantGenerator.generate(ex, 3));
            var layout = SolutionGraph.layout(solution);
            List<Box> boxes = new ArrayList<>();
            layout.centres().forEach((name, c) -> boxes.add(Box.around(name, c, SolutionGraph.NODE_WIDTH, SolutionGraph.NODE_HEIGHT)));
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s and %s overlap", boxes.get(i).name(), boxes.get(j).name()).isFalse();
                }
            }
            for (var e : solution.edges()) {
                for (double[] point : labelOutline(layout.centres().get(e.from()), layout.centres().get(e.to()),
                        WorkedSolution.number(e.local()))) {
                    for (Box box : boxes) {
                        assertThat(box.contains(point[0], point[1]))
                                .as("the number on %s → %s lies on the box of %s", e.from(), e.to(), box.name()).isFalse();
                    }
                }
            }
        }));
    }

    /**
     * Points on the outline of an arrow's number: centred on the arrow's midpoint and turned along
     * it, as ECharts places it. Its size: a digit is about 0.6 em wide; plus the label's padding.
     */
    private static List<double[]> labelOutline(double[] from, double[] to, String text) {
        double width = text.length() * 0.62 * SolutionGraph.EDGE_FONT_SIZE + 2 * 4;
        double height = SolutionGraph.EDGE_FONT_SIZE + 2 + 2 * 1;
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        double[] along = {dx / length, dy / length};
        double[] across = {-along[1], along[0]};
        double mx = (from[0] + to[0]) / 2;
        double my = (from[1] + to[1]) / 2;
        List<double[]> points = new ArrayList<>();
        for (double a = -0.5; a <= 0.5; a += 0.25) {
            for (double b = -0.5; b <= 0.5; b += 0.5) {
                points.add(new double[] {mx + a * width * along[0] + b * height * across[0], my + a * width * along[1] + b * height * across[1]});
            }
        }
        return points;
    }

    @TestFactory
    Stream<DynamicTest> aLaterLayersGivensStayOutOfTheWayOfTheArrowsBetweenComputedValues() {
        return withAGraph().map(ex -> DynamicTest.dynamicTest(ex.id(), () -> {
            var solution = new WorkedSolution(VariantGenerator.generate(ex, 3));
            var layout = SolutionGraph.layout(solution);
            var computed = solution.nodes().stream().filter(n -> !n.input()).toList();
            double top = computed.stream().mapToDouble(n -> layout.centres().get(n.name())[1]).min().orElseThrow();
            double bottom = computed.stream().mapToDouble(n -> layout.centres().get(n.name())[1]).max().orElseThrow();
            double leftmost = layout.centres().values().stream().mapToDouble(c -> c[0]).min().orElseThrow();
            for (var n : solution.nodes()) {
                double[] c = layout.centres().get(n.name());
                if (n.input() && c[0] > leftmost) {
                    assertThat(c[1] < top - SolutionGraph.NODE_HEIGHT || c[1] > bottom + SolutionGraph.NODE_HEIGHT)
                            .as("%s lies outside the band of computed values", n.name()).isTrue();
                }
            }
            for (var e : solution.edges()) {
                assertThat(layout.centres().get(e.from())[0]).as("%s → %s points right", e.from(), e.to())
                        .isLessThan(layout.centres().get(e.to())[0] + (solution.nodes().stream()
                                .anyMatch(n -> n.name().equals(e.from()) && n.input()) ? SolutionGraph.NODE_WIDTH : 0));
            }
            // The output's column is the last: a box below it may reach under it, none lies past it.
            double output = layout.centres().get(solution.output())[0];
            assertThat(layout.centres().values()).as("nothing lies right of the output")
                    .allSatisfy(c -> assertThat(c[0]).isLessThan(output + SolutionGraph.NODE_WIDTH / 2.0));
            assertThat(solution.nodes()).filteredOn(n -> !n.input() && !n.name().equals(solution.output()))
                    .allSatisfy(n -> assertThat(layout.centres().get(n.name())[0]).isLessThan(output));
        }));
    }

    @Test
    void everyLabelAndLineReadsOnBothThemesBackgrounds() throws Exception {
        var solution = new WorkedSolution(VariantGenerator.generate(CATALOG.exercises().get("two-two-one-relu"), 3));
        var layout = SolutionGraph.layout(solution);
        Set<String> highlighted = new HashSet<>(solution.pathNodes().values().iterator().next());
        var option = SolutionGraph.option(solution, layout, Set.of(solution.output()), solution.output(), highlighted);
        JsonNode series = option.get("series").get(0);

        String text = series.get("label").get("color").asText();
        for (JsonNode node : series.get("data")) {
            String fill = node.get("itemStyle").get("color").asText();
            assertThat(WcagContrast.ratio(text, fill)).as("%s's label on its box", node.get("name").asText()).isGreaterThanOrEqualTo(4.5);
        }
        JsonNode edgeLabel = series.get("edgeLabel");
        // The arrow's numbers sit on a box of their own: what is behind them (page, line) does not matter.
        assertThat(edgeLabel.get("backgroundColor").asText()).matches("#[0-9a-fA-F]{6}");
        assertThat(WcagContrast.ratio(edgeLabel.get("color").asText(), edgeLabel.get("backgroundColor").asText())).isGreaterThanOrEqualTo(4.5);
        for (JsonNode link : series.get("links")) {
            for (String page : PAGE_BACKGROUNDS) {
                assertThat(WcagContrast.ratio(link.get("lineStyle").get("color").asText(), page))
                        .as("the arrow %s → %s on %s", link.get("source").asText(), link.get("target").asText(), page)
                        .isGreaterThanOrEqualTo(3);
            }
        }
        for (JsonNode node : series.get("data")) {
            for (String page : PAGE_BACKGROUNDS) {
                String fill = node.get("itemStyle").get("color").asText();
                String border = node.get("itemStyle").get("borderColor").asText();
                assertThat(Math.max(WcagContrast.ratio(fill, page), WcagContrast.ratio(border, page)))
                        .as("%s's box on %s", node.get("name").asText(), page).isGreaterThanOrEqualTo(3);
            }
        }
    }
}
