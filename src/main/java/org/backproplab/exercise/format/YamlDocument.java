package org.backproplab.exercise.format;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML file read with Jackson, remembering the line of every key and value, so that each
 * problem found later can be reported as {@code path:line: message}.
 */
final class YamlDocument {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final String[] rawLines;

    private YamlDocument(JsonNode root, Map<String, Integer> lines, String text) {
        this.root = root;
        this.lines = lines;
        this.rawLines = text.split("\n", -1);
    }

    /** A YAML syntax error at a line. */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static YamlDocument parse(String text) throws SyntaxError {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonNode root = read(parser, parser.nextToken(), "", lines);
            if (root == null) {
                root = JsonNodeFactory.instance.objectNode();
            }
            return new YamlDocument(root, lines, text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new SyntaxError(line, "YAML syntax: " + e.getOriginalMessage().lines().findFirst().orElse("unreadable"));
        } catch (IOException e) {
            throw new SyntaxError(1, "YAML syntax: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser p, JsonToken token, String pointer, Map<String, Integer> lines) throws IOException {
        if (token == null) {
            return null;
        }
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    String child = pointer + "/" + escape(key);
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    object.set(key, read(p, p.nextToken(), child, lines));
                }
                return object;
            }
            case START_ARRAY: {
                var array = JsonNodeFactory.instance.arrayNode();
                int index = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(read(p, t, pointer + "/" + index++, lines));
                }
                return array;
            }
            default:
                return MAPPER.readTree(p);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    JsonNode root() {
        return root;
    }

    /** The line of the key (or item) at a JSON pointer such as {@code /parts/2/wrt}; the nearest parent's otherwise. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = JsonPointer.compile(p).head().toString();
        }
    }

    /**
     * The file line where the text of a block scalar begins: the line after {@code key: |}, or
     * the key's own line for a value written inline.
     */
    int textStartLine(String pointer) {
        int line = line(pointer);
        String raw = line - 1 < rawLines.length ? rawLines[line - 1] : "";
        int colon = raw.indexOf(':');
        String after = colon < 0 ? "" : raw.substring(colon + 1).strip();
        return after.startsWith("|") || after.startsWith(">") ? line + 1 : line;
    }
}
