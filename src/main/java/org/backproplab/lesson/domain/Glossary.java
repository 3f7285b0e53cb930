package org.backproplab.lesson.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The terms of backpropagation, alphabetically; looked up by id, searched by text. */
public final class Glossary {
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byId = new LinkedHashMap<>();

    public Glossary(List<GlossaryEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(e -> e.term().toLowerCase(Locale.ROOT))).toList();
        this.entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** Entries whose term, an alias or the definition contains the query (case ignored): term matches first, then alphabetically. */
    public List<GlossaryEntry> search(String query) {
        String q = query == null ? "" : query;
        return entries.stream().filter(e -> e.matches(q))
                .sorted(Comparator.comparing((GlossaryEntry e) -> !e.termMatches(q))) // stable: keeps the alphabet
                .toList();
    }
}
