package org.backproplab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.stereotype.Service;

/** The terms of backpropagation, read once from {@code content/glossary.yaml}. */
@Service
public class Glossary {
    private final List<GlossaryEntry> entries;

    Glossary() {
        this(Glossary.class.getResourceAsStream("/content/glossary.yaml"));
    }

    Glossary(InputStream yaml) {
        try (yaml) {
            List<GlossaryEntry> read = new ObjectMapper(new YAMLFactory()).readValue(yaml, new TypeReference<>() { });
            entries = read.stream().sorted(Comparator.comparing(e -> e.term().toLowerCase(java.util.Locale.ROOT))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The glossary that ships with the app cannot be read", e);
        }
    }

    /** Entries whose term or meaning contains the query (case ignored): term matches first, then alphabetically. */
    public List<GlossaryEntry> search(String query) {
        String q = query == null ? "" : query;
        return entries.stream().filter(e -> e.matches(q))
                .sorted(Comparator.comparing((GlossaryEntry e) -> !e.termMatches(q))) // stable: keeps the alphabet
                .toList();
    }
}
