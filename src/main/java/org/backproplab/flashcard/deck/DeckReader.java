package org.backproplab.flashcard.deck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads one deck file (YAML: {@code deck}, {@code title}, {@code cards} of {@code id}, {@code front},
 * {@code back} and optionally {@code topic} or {@code mistake}). It streams the tokens to know the line
 * of every card, so each problem is reported as {@code path:line: message}; a broken card is left out
 * and the others load, a syntax error keeps the cards read before it.
 */
public final class DeckReader {
    static final int MAX_TEXT = 2000;
    static final int MAX_CARDS = 5000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern MISTAKE = Pattern.compile("M[0-9]{2}");
    private static final Set<String> CARD_KEYS = Set.of("id", "front", "back", "topic", "mistake");
    private static final YAMLFactory YAML = new YAMLFactory();

    /** The cards read and the problems found. */
    public record Result(Deck deck, List<DeckProblem> problems) {
    }

    private final String path;
    private final Set<String> topics;
    private final List<DeckProblem> problems = new ArrayList<>();

    private DeckReader(String path, Set<String> topics) {
        this.path = path;
        this.topics = topics;
    }

    /**
     * @param topics the topic ids a card may name; {@code seenIds} the card ids of decks read before
     *               (grows with this deck's ids; a repeated id is a problem)
     */
    public static Result read(String path, String text, Set<String> topics, Set<String> seenIds) {
        return new DeckReader(path, topics).parse(text, seenIds);
    }

    private Result parse(String text, Set<String> seenIds) {
        String fileName = path.replaceAll(".*/", "").replaceFirst("\\.ya?ml$", "");
        String id = fileName;
        String title = fileName;
        List<Card> cards = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken root = p.nextToken();
            if (root != JsonToken.START_OBJECT) {
                problem(line(p), "a deck file is a mapping with deck, title and cards");
                return new Result(new Deck(id, title, cards), problems);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                JsonToken value = p.nextToken();
                switch (key) {
                    case "deck" -> id = scalar(p, value, keyLine, "deck").orElse(id);
                    case "title" -> title = scalar(p, value, keyLine, "title").orElse(title);
                    case "cards" -> {
                        if (value != JsonToken.START_ARRAY) {
                            problem(keyLine, "cards must be a list");
                            p.skipChildren();
                        } else {
                            readCards(p, id, cards, seenIds);
                        }
                    }
                    default -> {
                        problem(keyLine, "unknown key '" + key + "' (a deck has deck, title and cards)");
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problem(line, "YAML syntax: " + e.getOriginalMessage().lines().findFirst().orElse("unreadable"));
        } catch (IOException e) {
            problem(1, "cannot be read: " + e.getMessage());
        }
        if (cards.isEmpty() && problems.isEmpty()) {
            problem(1, "the deck has no cards");
        }
        String deckId = id;
        List<Card> inDeck = cards.stream().map(c -> new Card(c.id(), deckId, c.front(), c.back(), c.topic(), c.mistake())).toList();
        return new Result(new Deck(deckId, title, inDeck), problems);
    }

    private void readCards(JsonParser p, String deck, List<Card> cards, Set<String> seenIds) throws IOException {
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int cardLine = line(p);
            if (t != JsonToken.START_OBJECT) {
                problem(cardLine, "each card is a mapping with id, front and back");
                p.skipChildren();
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            boolean ok = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                JsonToken value = p.nextToken();
                lines.put(key, keyLine);
                if (!CARD_KEYS.contains(key)) {
                    problem(keyLine, "unknown key '" + key + "' (a card has id, front, back, topic, mistake)");
                    p.skipChildren();
                    ok = false;
                } else {
                    var v = scalar(p, value, keyLine, key);
                    if (v.isEmpty()) {
                        ok = false;
                    } else {
                        fields.put(key, v.get());
                    }
                }
            }
            if (ok && valid(fields, lines, cardLine, seenIds)) {
                if (cards.size() >= MAX_CARDS) {
                    problem(cardLine, "more than " + MAX_CARDS + " cards in one deck");
                    return;
                }
                cards.add(new Card(fields.get("id"), deck, fields.get("front").strip(), fields.get("back").strip(),
                        fields.get("topic"), fields.get("mistake")));
            }
        }
    }

    private boolean valid(Map<String, String> f, Map<String, Integer> lines, int cardLine, Set<String> seenIds) {
        boolean ok = true;
        for (String required : List.of("id", "front", "back")) {
            if (f.get(required) == null || f.get(required).isBlank()) {
                problem(cardLine, "the card has no " + required);
                ok = false;
            }
        }
        String id = f.get("id");
        if (id != null && !ID.matcher(id).matches()) {
            problem(lines.get("id"), "card id '" + shorten(id) + "' must be lower-case letters, digits and dashes");
            ok = false;
        } else if (id != null && !seenIds.add(id)) {
            problem(lines.get("id"), "card id '" + id + "' is used twice");
            ok = false;
        }
        for (String text : List.of("front", "back")) {
            String v = f.get(text);
            if (v != null && v.length() > MAX_TEXT) {
                problem(lines.get(text), text + " is longer than " + MAX_TEXT + " characters");
                ok = false;
            } else if (v != null && v.chars().filter(c -> c == '$').count() % 2 != 0) {
                problem(lines.get(text), text + " has an unclosed $ (math goes between two $ signs)");
                ok = false;
            }
        }
        if (f.get("topic") != null && !topics.contains(f.get("topic"))) {
            problem(lines.get("topic"), "unknown topic '" + shorten(f.get("topic")) + "' (see exercises/topics.yaml)");
            ok = false;
        }
        if (f.get("mistake") != null && !MISTAKE.matcher(f.get("mistake")).matches()) {
            problem(lines.get("mistake"), "mistake must be a code such as M01, not '" + shorten(f.get("mistake")) + "'");
            ok = false;
        }
        return ok;
    }

    private java.util.Optional<String> scalar(JsonParser p, JsonToken value, int line, String key) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            problem(line, key + " must be text, not a " + (value == JsonToken.START_OBJECT ? "mapping" : "list"));
            p.skipChildren();
            return java.util.Optional.empty();
        }
        if (value == JsonToken.VALUE_NULL) {
            return java.util.Optional.of("");
        }
        return java.util.Optional.of(p.getText());
    }

    private void problem(int line, String message) {
        problems.add(new DeckProblem(path, line, message));
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Ids of a fresh read, for callers that read one deck alone. */
    public static Set<String> noIds() {
        return new HashSet<>();
    }
}
