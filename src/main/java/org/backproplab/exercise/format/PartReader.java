package org.backproplab.exercise.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.GradientPart;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.TextPart;
import org.backproplab.exercise.model.UpdatePart;
import org.backproplab.exercise.model.ValuePart;

/** Reads an exercise's {@code parts:}: each kind of part with the keys it needs, checked against the program. */
final class PartReader {
    static final Set<String> PART_KEYS = Set.of("id", "ask", "prompt", "of", "wrt", "node", "param", "rate", "options", "answer", "accept",
            "zero", "may-equal");
    private static final Set<String> NUMERIC_ASKS = Set.of("gradient", "value", "update");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PartReader() {
    }

    static List<Part> readParts(FileReport f, JsonNode root, Program program, Exercise.Kind kind) {
        List<Part> parts = new ArrayList<>();
        JsonNode list = root.get("parts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.problem(list == null ? "" : "/parts", "an exercise needs 'parts': a list of what is asked");
            return parts;
        }
        var ids = new HashSet<String>();
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
            if (NUMERIC_ASKS.contains(ask.toLowerCase(Locale.ROOT)) && kind == Exercise.Kind.CONCEPT) {
                f.problem(pointer + "/ask", "a concept exercise asks choice or text parts only");
                continue;
            }
            String prompt = p.path("prompt").asText(id);
            int line = f.doc().line(pointer);
            Part part = switch (ask.toLowerCase(Locale.ROOT)) {
                case "gradient" -> gradient(f, pointer, p, program, id, prompt, checks(f, pointer, p), line);
                case "value" -> value(f, pointer, p, program, id, prompt, checks(f, pointer, p), line);
                case "update" -> update(f, pointer, p, program, id, prompt, checks(f, pointer, p), line);
                case "choice" -> choice(f, pointer, p, id, prompt, line);
                case "text" -> text(f, pointer, p, id, prompt, line);
                default -> {
                    f.problem(pointer + "/ask", "ask must be gradient, value, update, choice or text, not '" + ask + "'");
                    yield null;
                }
            };
            if (!(part instanceof NumericPart)) {
                for (String key : List.of("zero", "may-equal")) {
                    if (p.has(key)) {
                        f.problem(pointer + "/" + key, "'" + key + "' belongs to a part answered with a number");
                    }
                }
            }
            if (part != null) {
                parts.add(part);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            for (String other : strings(list.get(i).get("may-equal"))) {
                if (!ids.contains(other)) {
                    f.problem("/parts/" + i + "/may-equal", "'may-equal' names the part '" + other + "', which this exercise does not have");
                }
            }
        }
        return parts;
    }

    /**
     * {@code zero: expected} (0 is the intended answer: a dead ReLU, a blocked path) and
     * {@code may-equal: [part ids]} (parts that give the same number by design, such as ∂E/∂b and ∂E/∂z).
     */
    static NumericPart.Checks checks(FileReport f, String pointer, JsonNode p) {
        JsonNode zero = p.get("zero");
        if (zero != null && !"expected".equals(zero.asText())) {
            f.problem(pointer + "/zero", "'zero' can only be 'expected': the part's answer is 0 in every variant, and that is the point");
        }
        JsonNode same = p.get("may-equal");
        if (same != null && !same.isArray()) {
            f.problem(pointer + "/may-equal", "'may-equal' is a list of part ids, e.g. [dE/dz]");
        }
        return new NumericPart.Checks(zero != null, strings(same));
    }
    static GradientPart gradient(FileReport f, String pointer, JsonNode p, Program program, String id, String prompt,
            NumericPart.Checks checks, int line) {
        requireName(f, pointer + "/wrt", p, "wrt", program, "a gradient part needs 'wrt': the name to differentiate with respect to");
        String of = p.path("of").asText(null);
        if (of != null) {
            requireName(f, pointer + "/of", p, "of", program, "");
        }
        return new GradientPart(id, prompt, of != null ? of : output(program), p.path("wrt").asText(null), checks, line);
    }

    static ValuePart value(FileReport f, String pointer, JsonNode p, Program program, String id, String prompt,
            NumericPart.Checks checks, int line) {
        requireName(f, pointer + "/node", p, "node", program, "a value part needs 'node': the name whose value is asked");
        return new ValuePart(id, prompt, p.path("node").asText(null), checks, line);
    }

    static UpdatePart update(FileReport f, String pointer, JsonNode p, Program program, String id, String prompt,
            NumericPart.Checks checks, int line) {
        String param = p.path("param").asText(null);
        double rate = p.path("rate").asDouble(0);
        if (param == null) {
            f.problem(pointer, "an update part needs 'param': the weight that takes one gradient-descent step");
        } else if (program != null && !program.inputs().contains(param)) {
            f.problem(pointer + "/param", "'" + param + "' is not an input of the graph, so it cannot be updated");
        }
        if (!p.path("rate").isNumber() || rate <= 0) {
            f.problem(pointer + (p.has("rate") ? "/rate" : ""), "an update part needs a positive learning 'rate'");
        }
        return new UpdatePart(id, prompt, param, rate, output(program), checks, line);
    }

    static final Set<String> OPTION_KEYS = Set.of("text", "why");

    /** Options are texts, or mappings {text, why} when the worked solution should say why the option is right or wrong. */
    static ChoicePart choice(FileReport f, String pointer, JsonNode p, String id, String prompt, int line) {
        List<String> options = new ArrayList<>();
        Map<String, String> why = new LinkedHashMap<>();
        JsonNode list = p.get("options");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                String at = pointer + "/options/" + i;
                JsonNode o = list.get(i);
                String text;
                if (o.isObject()) {
                    f.keys(o, at, OPTION_KEYS, "an option");
                    text = f.requiredText(o, at, "text");
                    JsonNode reason = o.get("why");
                    if (reason != null && (!reason.isValueNode() || reason.asText().isBlank())) {
                        f.problem(at + "/why", "'why' must be a non-empty text: why this option is right or wrong");
                    } else if (reason != null && text != null) {
                        why.put(text, reason.asText());
                    }
                } else if (o.isValueNode() && !o.asText().isBlank()) {
                    text = o.asText();
                } else {
                    f.problem(at, "an option is a text, or a mapping with 'text' and 'why'");
                    text = null;
                }
                if (text != null && options.contains(text)) {
                    f.problem(at, "the option '" + text + "' is listed twice");
                } else if (text != null) {
                    options.add(text);
                }
            }
        }
        String answer = p.path("answer").asText(null);
        if (options.size() < 2) {
            f.problem(pointer, "a choice part needs at least two 'options'");
        } else if (answer == null || !options.contains(answer)) {
            f.problem(pointer + (p.has("answer") ? "/answer" : ""), "'answer' must be one of the options, written the same way");
        }
        return new ChoicePart(id, prompt, options, answer == null ? "" : answer, why, line);
    }

    static TextPart text(FileReport f, String pointer, JsonNode p, String id, String prompt, int line) {
        List<String> accepted = strings(p.get("accept"));
        if (accepted.isEmpty()) {
            f.problem(pointer, "a text part needs 'accept': the list of accepted answers");
            return null;
        }
        return new TextPart(id, prompt, accepted, line);
    }

    /** The program's output; null only when the program could not be read (then the file is refused anyway). */
    private static String output(Program program) {
        return program == null ? null : program.output();
    }

    static void requireName(FileReport f, String pointer, JsonNode part, String key, Program program, String missing) {
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

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<String> strings(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> result.add(n.asText()));
        }
        return result;
    }
}
