package org.backproplab.lesson.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.backproplab.lesson.domain.Lesson;

/**
 * Reads a lesson file: YAML front matter between two {@code ---} lines (read with Jackson, which
 * the exercises use too), then the Markdown body. Problems come back with their file line.
 */
public final class LessonReader {
    static final Set<String> KEYS = Set.of("id", "order", "title", "summary", "topics", "objectives", "prerequisites", "terms",
            "exercises");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int MAX_CHARS = 200_000;

    private LessonReader() {
    }

    /** A lesson read, or not (then {@code lesson} is null), with what is wrong in its front matter. */
    public record Result(Lesson lesson, List<ContentProblem> problems, String text) {
        /** The file line of the first front matter line that mentions an item, else of the key. */
        public int frontMatterLine(String key, String item) {
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            int keyLine = 1;
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                if (lines[i].startsWith(key + ":")) {
                    keyLine = i + 1;
                }
                if (keyLine > 1 && i + 1 >= keyLine && lines[i].matches(".*\\b" + java.util.regex.Pattern.quote(item) + "\\b.*")) {
                    return i + 1;
                }
            }
            return keyLine;
        }
    }

    public static Result read(String path, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            problems.add(new ContentProblem(path, 1, "file larger than " + MAX_CHARS + " characters"));
            return new Result(null, problems, text);
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new ContentProblem(path, 1, "a lesson starts with front matter: a line '---', the YAML, another '---'"));
            return new Result(null, problems, text);
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(new ContentProblem(path, 1, "front matter not closed by a line '---'"));
            return new Result(null, problems, text);
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() + 1 : 1;
            problems.add(new ContentProblem(path, line, "front matter: YAML syntax: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                            .lines().findFirst().orElse("unreadable")));
            return new Result(null, problems, text);
        }
        if (root == null || !root.isObject()) {
            problems.add(new ContentProblem(path, 2, "front matter must be a map of keys (id, title, ...)"));
            return new Result(null, problems, text);
        }
        FrontMatter fm = new FrontMatter(path, lines, end, root, problems);
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(new ContentProblem(path, fm.line(key), "unknown key '" + key + "' (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")"));
            }
        });
        String id = fm.text("id", true);
        String title = fm.text("title", true);
        int order = root.path("order").canConvertToInt() && root.path("order").isIntegralNumber() ? root.path("order").intValue() : -1;
        if (order < 1) {
            problems.add(new ContentProblem(path, fm.line("order"), "order must be a whole number from 1 (the lesson's place in the course)"));
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (id != null && !file.equals(id + ".md")) {
            problems.add(new ContentProblem(path, fm.line("id"), "id '" + id + "' must match the file name " + file));
        }
        List<String> objectives = fm.list("objectives", true);
        if (id == null || title == null) {
            return new Result(null, problems, text);
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        var lesson = new Lesson(id, Math.max(order, 1), title, fm.text("summary", false) == null ? "" : fm.text("summary", false),
                fm.list("topics", true), objectives, fm.list("prerequisites", false), fm.list("terms", false),
                fm.list("exercises", true), body, path, end + 2);
        return new Result(lesson, problems, text);
    }

    /** The front matter's values, with the file line of each key. */
    static final class FrontMatter {
        private final String path;
        private final String[] lines;
        private final int end;
        private final JsonNode root;
        private final List<ContentProblem> problems;

        FrontMatter(String path, String[] lines, int end, JsonNode root, List<ContentProblem> problems) {
            this.path = path;
            this.lines = lines;
            this.end = end;
            this.root = root;
            this.problems = problems;
        }

        /** The file line of a top-level key (1 when it is missing). */
        int line(String key) {
            for (int i = 1; i < end; i++) {
                if (lines[i].startsWith(key + ":")) {
                    return i + 1;
                }
            }
            return 1;
        }

        String text(String key, boolean required) {
            JsonNode n = root.get(key);
            if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
                if (required) {
                    problems.add(new ContentProblem(path, line(key), "missing '" + key + "'"));
                }
                return null;
            }
            if (!n.isValueNode()) {
                problems.add(new ContentProblem(path, line(key), "'" + key + "' must be text"));
                return null;
            }
            return n.asText().strip();
        }

        List<String> list(String key, boolean required) {
            JsonNode n = root.get(key);
            if (n == null || n.isNull()) {
                if (required) {
                    problems.add(new ContentProblem(path, line(key), "missing '" + key + "' (a list)"));
                }
                return List.of();
            }
            if (!n.isArray()) {
                problems.add(new ContentProblem(path, line(key), "'" + key + "' must be a list"));
                return List.of();
            }
            List<String> items = new ArrayList<>();
            n.forEach(item -> {
                if (item.isValueNode() && !item.asText().isBlank()) {
                    items.add(item.asText().strip());
                } else {
                    problems.add(new ContentProblem(path, line(key), "'" + key + "' holds an empty or nested item"));
                }
            });
            if (required && items.isEmpty()) {
                problems.add(new ContentProblem(path, line(key), "'" + key + "' is empty"));
            }
            return items;
        }
    }
}
