package org.backproplab.lesson.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.GlossaryEntry;

/** Reads the glossary file: a YAML list of entries, each reported at the line of its {@code - id:}. */
public final class GlossaryReader {
    static final Set<String> KEYS = Set.of("id", "term", "aliases", "definition", "example", "see", "exercises");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GlossaryReader() {
    }

    /** The glossary (entries that could not be read left out), what is wrong, and the line of each entry by id. */
    public record Result(Glossary glossary, List<ContentProblem> problems, Map<String, Integer> lines) {
        public int line(String id) {
            return lines.getOrDefault(id, 1);
        }
    }

    public static Result read(String path, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new ContentProblem(path, line, "YAML syntax: " + e.getOriginalMessage().lines().findFirst().orElse("unreadable")));
            return new Result(new Glossary(List.of()), problems, lines);
        } catch (IOException e) {
            problems.add(new ContentProblem(path, 1, "cannot read: " + e.getMessage()));
            return new Result(new Glossary(List.of()), problems, lines);
        }
        if (root == null || !root.isArray()) {
            problems.add(new ContentProblem(path, 1, "the glossary is a list of entries ('- id: ...')"));
            return new Result(new Glossary(List.of()), problems, lines);
        }
        String[] raw = text.split("\n", -1);
        List<GlossaryEntry> entries = new ArrayList<>();
        int searchFrom = 0;
        for (JsonNode node : root) {
            String id = node.path("id").asText("");
            int line = searchFrom + 1;
            for (int i = searchFrom; i < raw.length; i++) {
                if (raw[i].matches("^-\\s+id:\\s*" + java.util.regex.Pattern.quote(id) + "\\s*$")) {
                    line = i + 1;
                    searchFrom = i + 1;
                    break;
                }
            }
            final int at = line;
            if (!node.isObject()) {
                problems.add(new ContentProblem(path, at, "an entry is a map (id, term, definition, ...)"));
                continue;
            }
            node.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    problems.add(new ContentProblem(path, at, "unknown key '" + key + "'"));
                }
            });
            String term = node.path("term").asText("").strip();
            String definition = node.path("definition").asText("").strip();
            if (id.isBlank() || !id.matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(new ContentProblem(path, at, "id must be lower-case letters, digits and hyphens, got '" + id + "'"));
                continue;
            }
            if (lines.containsKey(id)) {
                problems.add(new ContentProblem(path, at, "id '" + id + "' used twice (first at line " + lines.get(id) + ")"));
                continue;
            }
            lines.put(id, at);
            if (term.isEmpty()) {
                problems.add(new ContentProblem(path, at, "entry '" + id + "' has no term"));
            }
            if (definition.isEmpty()) {
                problems.add(new ContentProblem(path, at, "entry '" + id + "' has no definition"));
            }
            if (node.path("example").asText("").isBlank()) {
                problems.add(new ContentProblem(path, at, "entry '" + id + "' has no example or formula"));
            }
            entries.add(new GlossaryEntry(id, term.isEmpty() ? id : term, strings(node.get("aliases")), definition,
                    node.path("example").asText("").strip(), strings(node.get("see")), strings(node.get("exercises"))));
        }
        return new Result(new Glossary(entries), problems, lines);
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> list.add(n.asText().strip()));
        }
        return list;
    }
}
