package org.backproplab.lesson;

import java.util.List;

/** One term of the glossary, with the terms it relates to. */
public record GlossaryEntry(String term, String meaning, List<String> see) {
    public GlossaryEntry {
        see = see == null ? List.of() : List.copyOf(see);
    }

    boolean matches(String query) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return q.isEmpty() || term.toLowerCase(java.util.Locale.ROOT).contains(q)
                || meaning.toLowerCase(java.util.Locale.ROOT).contains(q);
    }
}
