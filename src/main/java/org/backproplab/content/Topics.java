package org.backproplab.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The shared list of topics (exercises/topics.yaml): ids and titles, used by exercises, lessons and the glossary. */
public record Topics(Map<String, String> titles) {

    /** The topics the app carries (exercises/topics.yaml on the class path). */
    public static Topics bundled() {
        try (InputStream in = Topics.class.getResourceAsStream("/exercises/topics.yaml")) {
            if (in == null) {
                throw new IllegalStateException("exercises/topics.yaml is missing from the app");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Topics parse(String yaml) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            Map<String, String> titles = new LinkedHashMap<>();
            root.forEach(t -> titles.put(t.path("id").asText(), t.path("title").asText()));
            return new Topics(titles);
        } catch (IOException e) {
            throw new IllegalStateException("topics.yaml cannot be read: " + e.getMessage(), e);
        }
    }

    public List<String> ids() {
        return new ArrayList<>(titles.keySet());
    }

    public String title(String id) {
        return titles.getOrDefault(id, id);
    }
}
