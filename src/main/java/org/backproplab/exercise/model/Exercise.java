package org.backproplab.exercise.model;

import java.util.List;
import java.util.Map;

import org.backproplab.engine.lang.Program;

/**
 * An exercise as read from its file. The computation is always an expression-language program:
 * a network exercise is written out as one (see {@link NetworkProgram}), so variants, answers
 * and worked solutions work the same way for both kinds.
 *
 * @param program     null for an exercise made only of choice and text parts
 * @param values      every input of the program, in the order the file gives them
 * @param constraints conditions every drawn variant must meet, e.g. {@code q != 0}
 * @param sourceHash  SHA-256 of the file's text: attempts keep it, so later edits never rewrite history
 * @param source      where a published example comes from (shown on the page), or null
 * @param published   the published example's values: seed {@link #PUBLISHED_SEED} gives exactly them; empty if none
 */
public record Exercise(String id, String title, List<String> topics, int difficulty, Kind kind, String text,
        String programText, Program program, Map<String, ValueSpec> values, List<Constraint> constraints,
        List<Part> parts, Tolerance tolerance, List<Hint> hints, String path, String sourceHash,
        String source, Map<String, Double> published) {

    /** The seed whose variant is the published example, for an exercise that credits one. */
    public static final long PUBLISHED_SEED = 0;

    public Exercise {
        published = published == null ? Map.of() : Map.copyOf(published);
    }

    public enum Kind {
        GRAPH, NETWORK, CONCEPT
    }

    /** A hint, and how much of the part's marks it costs to see it (0–1). */
    public record Hint(String text, double cost) {
    }

    /**
     * Whether another variant can differ from this one: some value is drawn, or some choice has
     * options to shuffle. When nothing varies, "Another like this" would show the same exercise.
     */
    public boolean varies() {
        return values.values().stream().anyMatch(v -> !v.isFixed())
                || parts.stream().anyMatch(p -> p instanceof ChoicePart c && c.options().size() > 1);
    }

    public Part part(String partId) {
        return parts.stream().filter(p -> p.id().equals(partId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + partId + " in " + id));
    }
}
