package org.backproplab.exercise.model;

import java.util.List;

/** One of several options; {@code answer} is one of them, written the same way. */
public record ChoicePart(String id, String prompt, List<String> options, String answer, int line) implements WordPart {
    public ChoicePart {
        options = List.copyOf(options);
    }

    @Override
    public List<String> accepted() {
        return List.of(answer);
    }
}
