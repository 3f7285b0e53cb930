package org.backproplab.exercise.model;

import java.util.List;

/** A short text, graded against every accepted answer (case and spacing ignored). */
public record TextPart(String id, String prompt, List<String> accepted, int line) implements WordPart {
    public TextPart {
        accepted = List.copyOf(accepted);
    }
}
