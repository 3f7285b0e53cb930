package org.backproplab.exercise.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.model.Constraint;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.model.Tolerance;
import org.backproplab.exercise.model.ValueSpec;

/**
 * Reads one exercise or quiz file and checks everything that can be checked in that file alone;
 * each problem is reported at its line. The format is documented in exercises/README.md.
 */
public final class ExerciseReader {
    static final Set<String> EXERCISE_KEYS = Set.of("id", "title", "topics", "difficulty", "kind", "text", "graph",
            "network", "values", "constraints", "parts", "tolerance", "hints", "source", "published");
    static final Set<String> QUIZ_KEYS = Set.of("id", "title", "kind", "text", "exercises");
    static final Set<String> TOLERANCE_KEYS = Set.of("relative", "absolute");
    static final Set<String> HINT_KEYS = Set.of("text", "cost");
    static final double DEFAULT_HINT_COST = 0.2;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Set<String> topics;

    public ExerciseReader(Set<String> topics) {
        this.topics = topics;
    }

    /** What a file held: an exercise, a quiz, or problems (then neither). */
    public record Result(Exercise exercise, Quiz quiz, List<Problem> problems, String id, int idLine) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(String path, String text) {
        var problems = new ArrayList<Problem>();
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(text);
        } catch (YamlDocument.SyntaxError e) {
            return new Result(null, null, List.of(new Problem(path, e.line, e.getMessage())), null, 1);
        }
        var file = new FileReport(path, doc, problems);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            file.problem("", "an exercise file is a YAML mapping of keys such as id, title and parts");
            return new Result(null, null, problems, null, 1);
        }
        String id = root.path("id").isValueNode() ? root.path("id").asText() : null;
        if ("quiz".equals(root.path("kind").asText())) {
            Quiz quiz = readQuiz(file, root);
            return new Result(null, problems.isEmpty() ? quiz : null, List.copyOf(problems), id, doc.line("/id"));
        }
        Exercise exercise = readExercise(file, root, text);
        return new Result(problems.isEmpty() ? exercise : null, null, List.copyOf(problems), id, doc.line("/id"));
    }

    private Quiz readQuiz(FileReport f, JsonNode root) {
        f.keys(root, "", QUIZ_KEYS, "a quiz");
        String id = readId(f, root);
        String title = f.requiredText(root, "", "title");
        JsonNode list = root.get("exercises");
        List<String> ids = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.problem(list == null ? "" : "/exercises", "a quiz needs 'exercises': a list of exercise ids");
        } else {
            for (int i = 0; i < list.size(); i++) {
                ids.add(list.get(i).asText());
                lines.add(f.doc().line("/exercises/" + i));
            }
        }
        return new Quiz(id, title, root.path("text").asText(""), ids, lines, f.path());
    }

    private String readId(FileReport f, JsonNode root) {
        String id = f.requiredText(root, "", "id");
        if (id != null && !ID.matcher(id).matches()) {
            f.problem("/id", "the id '" + id + "' must be lower-case letters, digits and dashes, such as chain-rule-1");
        }
        return id;
    }

    private Exercise readExercise(FileReport f, JsonNode root, String text) {
        f.keys(root, "", EXERCISE_KEYS, "an exercise");
        String id = readId(f, root);
        String title = f.requiredText(root, "", "title");
        List<String> topicIds = readTopics(f, root);
        int difficulty = root.path("difficulty").asInt(0);
        if (!root.has("difficulty")) {
            f.problem("", "missing key 'difficulty'");
        } else if (!root.get("difficulty").canConvertToInt() || difficulty < 1 || difficulty > 5) {
            f.problem("/difficulty", "difficulty must be a whole number from 1 (first steps) to 5 (hardest)");
        }
        String kindText = f.requiredText(root, "", "kind");
        Exercise.Kind kind = null;
        if (kindText != null) {
            try {
                kind = Exercise.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.problem("/kind", "kind must be graph, network, concept or quiz, not '" + kindText + "'");
            }
        }
        String programText = null;
        Program program = null;
        if (kind == Exercise.Kind.GRAPH) {
            programText = f.requiredText(root, "", "graph");
            if (root.has("network")) {
                f.problem("/network", "a graph exercise has no 'network' (use kind: network)");
            }
        } else if (kind == Exercise.Kind.NETWORK) {
            programText = NetworkReader.readNetwork(f, root);
            if (root.has("graph")) {
                f.problem("/graph", "a network exercise has no 'graph': the network is written out as one");
            }
        } else if (kind == Exercise.Kind.CONCEPT) {
            for (String key : List.of("graph", "network", "values", "constraints")) {
                if (root.has(key)) {
                    f.problem("/" + key, "a concept exercise has no '" + key + "'");
                }
            }
        }
        if (programText != null) {
            try {
                program = Program.parse(programText);
            } catch (ParseException e) {
                int line = kind == Exercise.Kind.GRAPH ? f.doc().textStartLine("/graph") + e.line() - 1 : f.doc().line("/network");
                f.problemAtLine(line, "graph, line " + e.line() + ", column " + e.column() + ": " + e.problem());
            }
        }
        Map<String, ValueSpec> values = ValueReader.readValues(f, root, program);
        List<Constraint> constraints = ValueReader.readConstraints(f, root, programText, program);
        List<Part> parts = PartReader.readParts(f, root, program, kind);
        Tolerance tolerance = readTolerance(f, root);
        List<Exercise.Hint> hints = readHints(f, root);
        String source = null;
        if (root.has("source")) {
            source = f.requiredText(root, "", "source");
        }
        Map<String, Double> published = readPublished(f, root, values, source);
        return new Exercise(id, title, topicIds, difficulty, kind, root.path("text").asText(""), programText, program,
                values, constraints, parts, tolerance, hints, f.path(), sha256(text), source, published);
    }

    /**
     * {@code published:} the values of a published example that the exercise credits in {@code source:}:
     * seed {@link Exercise#PUBLISHED_SEED} gives exactly these, every other seed draws as usual.
     */
    private Map<String, Double> readPublished(FileReport f, JsonNode root, Map<String, ValueSpec> values, String source) {
        Map<String, Double> published = new LinkedHashMap<>();
        JsonNode node = root.get("published");
        if (node == null) {
            return published;
        }
        if (!node.isObject()) {
            f.problem("/published", "'published' maps inputs to the values of the published example, e.g. {w1: 0.15}");
            return published;
        }
        if (source == null) {
            f.problem("/published", "an exercise with 'published' values credits them in 'source'");
        }
        for (var it = node.fields(); it.hasNext();) {
            var entry = it.next();
            if (!values.containsKey(entry.getKey())) {
                f.problem("/published/" + entry.getKey(), "'" + entry.getKey() + "' is not an input with a value under 'values'");
            } else if (!entry.getValue().isNumber()) {
                f.problem("/published/" + entry.getKey(), "a published value is a number");
            } else {
                published.put(entry.getKey(), entry.getValue().asDouble());
            }
        }
        return published;
    }

    private List<String> readTopics(FileReport f, JsonNode root) {
        JsonNode list = root.get("topics");
        List<String> result = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.problem(list == null ? "" : "/topics", "an exercise needs 'topics': a list of ids from exercises/topics.yaml");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            String topic = list.get(i).asText();
            if (!topics.contains(topic)) {
                f.problem("/topics/" + i, "unknown topic '" + topic + "'; the topics are in exercises/topics.yaml: "
                        + String.join(", ", topics.stream().sorted().toList()));
            }
            result.add(topic);
        }
        return result;
    }

    private Tolerance readTolerance(FileReport f, JsonNode root) {
        JsonNode t = root.get("tolerance");
        if (t == null) {
            return Tolerance.DEFAULT;
        }
        f.keys(t, "/tolerance", TOLERANCE_KEYS, "tolerance");
        double rel = t.path("relative").asDouble(Tolerance.DEFAULT.relative());
        double abs = t.path("absolute").asDouble(Tolerance.DEFAULT.absolute());
        if (rel < 0 || abs < 0 || rel >= 1) {
            f.problem("/tolerance", "tolerance: 'relative' from 0 to 1 (0.01 = 1 %) and 'absolute' of 0 or more");
        }
        return new Tolerance(rel, abs);
    }

    private List<Exercise.Hint> readHints(FileReport f, JsonNode root) {
        List<Exercise.Hint> hints = new ArrayList<>();
        JsonNode list = root.get("hints");
        if (list == null) {
            return hints;
        }
        if (!list.isArray()) {
            f.problem("/hints", "'hints' is a list, shown one at a time");
            return hints;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode h = list.get(i);
            if (h.isTextual()) {
                hints.add(new Exercise.Hint(h.asText(), DEFAULT_HINT_COST));
            } else if (h.isObject() && h.hasNonNull("text")) {
                f.keys(h, "/hints/" + i, HINT_KEYS, "a hint");
                double cost = h.path("cost").asDouble(DEFAULT_HINT_COST);
                if (cost < 0 || cost > 1) {
                    f.problem("/hints/" + i + "/cost", "a hint's cost is a share of the marks from 0 to 1");
                }
                hints.add(new Exercise.Hint(h.get("text").asText(), cost));
            } else {
                f.problem("/hints/" + i, "a hint is a text, or {text, cost}");
            }
        }
        return hints;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
