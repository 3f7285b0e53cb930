package org.backproplab.exercise.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.backproplab.engine.lang.ParseException;
import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.model.Constraint;
import org.backproplab.exercise.model.ValueSpec;

/** Reads the values an exercise draws ({@code values:}) and the conditions they must meet ({@code constraints:}). */
final class ValueReader {
    private ValueReader() {
    }

    static Map<String, ValueSpec> readValues(FileReport f, JsonNode root, Program program) {
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

    static ValueSpec readSpec(FileReport f, String pointer, JsonNode v) {
        if (v.isNumber()) {
            if (!Double.isFinite(v.asDouble())) {
                f.problem(pointer, "the number is too large");
                return null;
            }
            return new ValueSpec.Fixed(v.asDouble());
        }
        if (v.isObject()) {
            f.keys(v, pointer, Set.of("min", "max", "step", "decimals", "choose"), "a value");
            if (v.has("choose")) {
                JsonNode list = v.get("choose");
                List<Double> options = new ArrayList<>();
                if (list.isArray()) {
                    list.forEach(o -> {
                        if (o.isNumber() && Double.isFinite(o.asDouble())) {
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
            if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(max - min)) {
                f.problem(pointer, "impossible range: 'min' and 'max' are too large");
                return null;
            }
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
                double count = ValueSpec.Grid.values(min, max, step);
                if (!(count <= ValueSpec.Grid.MAX_VALUES)) {
                    f.problem(pointer, String.format(Locale.ENGLISH,
                            "impossible range: from %s to %s in steps of %s is %,.0f values; a range can have at most %,d (make 'step' larger)",
                            num(min), num(max), num(step), count, ValueSpec.Grid.MAX_VALUES));
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

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static List<Constraint> readConstraints(FileReport f, JsonNode root, String programText, Program program) {
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
}
