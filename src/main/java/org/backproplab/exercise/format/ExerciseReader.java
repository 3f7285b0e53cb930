package org.backproplab.exercise.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
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
            "network", "values", "constraints", "parts", "tolerance", "hints");
    static final Set<String> QUIZ_KEYS = Set.of("id", "title", "kind", "text", "exercises");
    static final Set<String> NETWORK_KEYS = Set.of("layers", "activations", "loss", "bias", "parameters");
    static final Set<String> PART_KEYS = Set.of("id", "ask", "prompt", "of", "wrt", "node", "param", "rate", "options", "answer", "accept");
    static final Set<String> TOLERANCE_KEYS = Set.of("relative", "absolute");
    static final Set<String> HINT_KEYS = Set.of("text", "cost");
    static final double DEFAULT_HINT_COST = 0.2;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
        var file = new File(path, doc, problems);
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

    /** The file being read: its path, its lines, and the problems found so far. */
    private record File(String path, YamlDocument doc, List<Problem> problems) {
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

    private Quiz readQuiz(File f, JsonNode root) {
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

    private String readId(File f, JsonNode root) {
        String id = f.requiredText(root, "", "id");
        if (id != null && !ID.matcher(id).matches()) {
            f.problem("/id", "the id '" + id + "' must be lower-case letters, digits and dashes, such as chain-rule-1");
        }
        return id;
    }

    private Exercise readExercise(File f, JsonNode root, String text) {
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
            programText = readNetwork(f, root);
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
        Map<String, ValueSpec> values = readValues(f, root, program);
        List<Constraint> constraints = readConstraints(f, root, programText, program);
        List<Part> parts = readParts(f, root, program, kind);
        Tolerance tolerance = readTolerance(f, root);
        List<Exercise.Hint> hints = readHints(f, root);
        return new Exercise(id, title, topicIds, difficulty, kind, root.path("text").asText(""), programText, program,
                values, constraints, parts, tolerance, hints, f.path(), sha256(text));
    }

    private List<String> readTopics(File f, JsonNode root) {
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

    private String readNetwork(File f, JsonNode root) {
        JsonNode net = root.get("network");
        if (net == null || !net.isObject()) {
            f.problem(net == null ? "" : "/network", "a network exercise needs 'network' with layers, activations and loss");
            return null;
        }
        f.keys(net, "/network", NETWORK_KEYS, "network");
        List<Integer> sizes = new ArrayList<>();
        JsonNode layers = net.get("layers");
        if (layers == null || !layers.isArray() || layers.size() < 2) {
            f.problem("/network", "'layers' lists the units per layer from the inputs to the outputs, such as [2, 2, 1]");
            return null;
        }
        for (int i = 0; i < layers.size(); i++) {
            int n = layers.get(i).asInt(0);
            if (!layers.get(i).canConvertToInt() || n < 1 || n > 8) {
                f.problem("/network/layers/" + i, "a layer of a hand exercise has 1 to 8 units");
                return null;
            }
            sizes.add(n);
        }
        List<String> acts = new ArrayList<>();
        JsonNode activations = net.get("activations");
        if (activations == null || !activations.isArray() || activations.size() != sizes.size() - 1) {
            f.problem(activations == null ? "/network" : "/network/activations",
                    "'activations' gives one activation per layer after the inputs (" + (sizes.size() - 1) + " here)");
            return null;
        }
        for (int i = 0; i < activations.size(); i++) {
            String a = activations.get(i).asText();
            if (!NetworkProgram.ACTIVATIONS.contains(a)) {
                f.problem("/network/activations/" + i, "unknown activation '" + a + "'; use " + String.join(", ", NetworkProgram.ACTIVATIONS));
                return null;
            }
            acts.add(a);
        }
        String loss = net.path("loss").asText("");
        if (!NetworkProgram.LOSSES.contains(loss)) {
            f.problem(net.has("loss") ? "/network/loss" : "/network", "'loss' must be one of " + String.join(", ", NetworkProgram.LOSSES));
            return null;
        }
        String bias = net.path("bias").asText("per-unit");
        if (!NetworkProgram.BIASES.contains(bias)) {
            f.problem("/network/bias", "'bias' must be one of " + String.join(", ", NetworkProgram.BIASES));
            return null;
        }
        return NetworkProgram.write(sizes, acts, loss, bias);
    }

    private Map<String, ValueSpec> readValues(File f, JsonNode root, Program program) {
        Map<String, ValueSpec> values = new LinkedHashMap<>();
        var given = new java.util.HashSet<String>();
        JsonNode node = root.get("values");
        if (node != null && !node.isObject()) {
            f.problem("/values", "'values' maps each input name to a number, a range or a list");
            return values;
        }
        if (node != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var entry = it.next();
                String name = entry.getKey();
                String pointer = "/values/" + name;
                if (program != null && !program.inputs().contains(name)) {
                    f.problem(pointer, program.assigned().contains(name)
                            ? "'" + name + "' is computed by the graph, so it cannot be given a value"
                            : "unknown name '" + name + "': the graph's inputs are " + String.join(", ", program.inputs()));
                    continue;
                }
                given.add(name);
                ValueSpec spec = readSpec(f, pointer, entry.getValue());
                if (spec != null) {
                    values.put(name, spec);
                }
            }
        }
        if (program != null) {
            JsonNode defaults = root.path("network").get("parameters");
            ValueSpec parameterDefault = defaults == null ? null : readSpec(f, "/network/parameters", defaults);
            for (String input : program.inputs()) {
                if (!given.contains(input)) {
                    boolean parameter = input.startsWith("w") || input.startsWith("b");
                    if (parameter && parameterDefault != null) {
                        values.put(input, parameterDefault);
                    } else {
                        f.problem(node == null ? "" : "/values", "no value for the input '" + input + "': give a number, a range or a list under 'values'");
                    }
                }
            }
        }
        return values;
    }

    private ValueSpec readSpec(File f, String pointer, JsonNode v) {
        if (v.isNumber()) {
            return new ValueSpec.Fixed(v.asDouble());
        }
        if (v.isObject()) {
            f.keys(v, pointer, Set.of("min", "max", "step", "decimals", "choose"), "a value");
            if (v.has("choose")) {
                JsonNode list = v.get("choose");
                List<Double> options = new ArrayList<>();
                if (list.isArray()) {
                    list.forEach(o -> {
                        if (o.isNumber()) {
                            options.add(o.asDouble());
                        }
                    });
                }
                if (!list.isArray() || options.isEmpty() || options.size() != list.size()) {
                    f.problem(pointer, "'choose' needs a non-empty list of numbers");
                    return null;
                }
                return new ValueSpec.Choice(List.copyOf(options));
            }
            if (!v.path("min").isNumber() || !v.path("max").isNumber()) {
                f.problem(pointer, "a range needs numbers 'min' and 'max' (and 'step' or 'decimals')");
                return null;
            }
            double min = v.get("min").asDouble();
            double max = v.get("max").asDouble();
            if (min > max) {
                f.problem(pointer, "impossible range: min " + min + " is greater than max " + max);
                return null;
            }
            if (v.has("step")) {
                double step = v.get("step").asDouble(0);
                if (!v.get("step").isNumber() || step <= 0) {
                    f.problem(pointer, "impossible range: 'step' must be a positive number");
                    return null;
                }
                return new ValueSpec.Grid(min, max, step);
            }
            int decimals = v.path("decimals").asInt(1);
            if (decimals < 0 || decimals > 6) {
                f.problem(pointer, "'decimals' must be from 0 to 6");
                return null;
            }
            return new ValueSpec.Uniform(min, max, decimals);
        }
        f.problem(pointer, "a value is a number, a range {min, max, step} or {min, max, decimals}, or {choose: [list]}");
        return null;
    }

    private List<Constraint> readConstraints(File f, JsonNode root, String programText, Program program) {
        List<Constraint> result = new ArrayList<>();
        JsonNode list = root.get("constraints");
        if (list == null) {
            return result;
        }
        if (!list.isArray()) {
            f.problem("/constraints", "'constraints' is a list such as [\"z != 0\"]");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/constraints/" + i;
            try {
                Constraint c = Constraint.parse(list.get(i).asText(), f.doc().line(pointer));
                if (program != null) {
                    Program p = c.program(programText);
                    var unknown = p.inputs().stream().filter(n -> !program.inputs().contains(n)).toList();
                    if (!unknown.isEmpty()) {
                        f.problem(pointer, "unknown name '" + unknown.get(0) + "' in the constraint");
                        continue;
                    }
                }
                result.add(c);
            } catch (IllegalArgumentException e) {
                f.problem(pointer, e.getMessage());
            } catch (ParseException e) {
                f.problem(pointer, "constraint: " + e.problem());
            }
        }
        return result;
    }

    private List<Part> readParts(File f, JsonNode root, Program program, Exercise.Kind kind) {
        List<Part> parts = new ArrayList<>();
        JsonNode list = root.get("parts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.problem(list == null ? "" : "/parts", "an exercise needs 'parts': a list of what is asked");
            return parts;
        }
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/parts/" + i;
            JsonNode p = list.get(i);
            if (!p.isObject()) {
                f.problem(pointer, "a part is a mapping with id and ask");
                continue;
            }
            f.keys(p, pointer, PART_KEYS, "a part");
            String id = f.requiredText(p, pointer, "id");
            if (id != null && !ids.add(id)) {
                f.problem(pointer + "/id", "the part id '" + id + "' is used twice");
            }
            String ask = f.requiredText(p, pointer, "ask");
            if (ask == null) {
                continue;
            }
            Part.Kind partKind;
            try {
                partKind = Part.Kind.valueOf(ask.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.problem(pointer + "/ask", "ask must be gradient, value, update, choice or text, not '" + ask + "'");
                continue;
            }
            if (partKind.isNumeric() && kind == Exercise.Kind.CONCEPT) {
                f.problem(pointer + "/ask", "a concept exercise asks choice or text parts only");
                continue;
            }
            String of = p.path("of").asText(null);
            String wrt = p.path("wrt").asText(null);
            String node = p.path("node").asText(null);
            double rate = p.path("rate").asDouble(0);
            List<String> options = strings(p.get("options"));
            List<String> accepted = new ArrayList<>();
            int line = f.doc().line(pointer);
            switch (partKind) {
                case GRADIENT -> {
                    requireName(f, pointer + "/wrt", p, "wrt", program, "a gradient part needs 'wrt': the name to differentiate with respect to");
                    if (of != null) {
                        requireName(f, pointer + "/of", p, "of", program, "");
                    }
                }
                case VALUE -> requireName(f, pointer + "/node", p, "node", program, "a value part needs 'node': the name whose value is asked");
                case UPDATE -> {
                    wrt = p.path("param").asText(null);
                    if (wrt == null) {
                        f.problem(pointer, "an update part needs 'param': the weight that takes one gradient-descent step");
                    } else if (program != null && !program.inputs().contains(wrt)) {
                        f.problem(pointer + "/param", "'" + wrt + "' is not an input of the graph, so it cannot be updated");
                    }
                    if (!p.path("rate").isNumber() || rate <= 0) {
                        f.problem(pointer + (p.has("rate") ? "/rate" : ""), "an update part needs a positive learning 'rate'");
                    }
                }
                case CHOICE -> {
                    String answer = p.path("answer").asText(null);
                    if (options.size() < 2) {
                        f.problem(pointer, "a choice part needs at least two 'options'");
                    } else if (answer == null || !options.contains(answer)) {
                        f.problem(pointer + (p.has("answer") ? "/answer" : ""), "'answer' must be one of the options, written the same way");
                    } else {
                        accepted.add(answer);
                    }
                }
                case TEXT -> {
                    accepted.addAll(strings(p.get("accept")));
                    if (accepted.isEmpty()) {
                        f.problem(pointer, "a text part needs 'accept': the list of accepted answers");
                    }
                }
            }
            parts.add(new Part(id, partKind, p.path("prompt").asText(id), of, wrt, node, rate, options, List.copyOf(accepted), line));
        }
        return parts;
    }

    private static void requireName(File f, String pointer, JsonNode part, String key, Program program, String missing) {
        String name = part.path(key).asText(null);
        if (name == null) {
            f.problem(pointer.substring(0, pointer.lastIndexOf('/')), missing);
            return;
        }
        if (!NAME.matcher(name).matches() || program != null && !program.inputs().contains(name) && !program.assigned().contains(name)) {
            f.problem(pointer, "unknown name '" + name + "': the graph has " + (program == null ? "no names"
                    : String.join(", ", concat(program.inputs(), program.assigned()))));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> strings(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> result.add(n.asText()));
        }
        return result;
    }

    private Tolerance readTolerance(File f, JsonNode root) {
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

    private List<Exercise.Hint> readHints(File f, JsonNode root) {
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
