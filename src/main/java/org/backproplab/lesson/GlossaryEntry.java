package org.backproplab.lesson;

import java.util.List;
import java.util.Locale;

/** One term of the glossary, with the terms it relates to. */
public record GlossaryEntry(String term, String meaning, List<String> see) {
    public GlossaryEntry {
        see = see == null ? List.of() : List.copyOf(see);
    }

    boolean matches(String query) {
        return termMatches(query) || meaning.toLowerCase(Locale.ROOT).contains(normal(query));
    }

    boolean termMatches(String query) {
        return term.toLowerCase(Locale.ROOT).contains(normal(query));
    }

    private static String normal(String query) {
        return query.strip().toLowerCase(Locale.ROOT);
    }
}
