package org.backproplab.exercise.format;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The file being read: its path, its lines, and the problems found so far, each at its line. */
record FileReport(String path, YamlDocument doc, List<Problem> problems) {
    void problem(String pointer, String message) {
        problems.add(new Problem(path, doc.line(pointer), message));
    }

    void problemAtLine(int line, String message) {
        problems.add(new Problem(path, line, message));
    }

    void keys(JsonNode node, String pointer, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problem(pointer + "/" + key, "unknown key '" + key + "' in " + where + "; the keys are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    String requiredText(JsonNode node, String pointer, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            problem(pointer, "missing key '" + key + "'");
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problem(pointer + "/" + key, "'" + key + "' must be a non-empty text");
            return null;
        }
        return v.asText();
    }
}
