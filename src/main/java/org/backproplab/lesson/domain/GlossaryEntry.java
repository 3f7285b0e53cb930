package org.backproplab.lesson.domain;

import java.util.List;
import java.util.Locale;

/**
 * One term of the glossary.
 *
 * @param id        stable slug, used in links ({@code term:id}) and as the entry's anchor
 * @param aliases   other spellings found in running text (plural, abbreviation), matched like the term
 * @param example   a short example or formula, TeX between backquoted dollars allowed
 * @param see       ids of related terms
 * @param exercises ids of exercises that use the term
 */
public record GlossaryEntry(String id, String term, List<String> aliases, String definition, String example,
        List<String> see, List<String> exercises) {
    public GlossaryEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        see = see == null ? List.of() : List.copyOf(see);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        example = example == null ? "" : example;
    }

    /** The term and its aliases: every spelling that names this entry in running text. */
    public List<String> spellings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), aliases.stream()).toList();
    }

    boolean matches(String query) {
        return termMatches(query) || definition.toLowerCase(Locale.ROOT).contains(normal(query));
    }

    boolean termMatches(String query) {
        String q = normal(query);
        return spellings().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q));
    }

    private static String normal(String query) {
        return query.strip().toLowerCase(Locale.ROOT);
    }
}
