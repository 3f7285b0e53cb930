package org.backproplab.flashcard.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backproplab.content.Topics;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All decks the app ships ({@code content/decks/*.yaml} on the class path), read once: the cards of
 * every file that reads, and the problems of those that do not. Plain code (no Spring bean), so the
 * {@code validate} command reads decks as the app does.
 */
public final class DeckFiles {
    public static final String LOCATION = "content/decks/";
    private static final long MAX_FILE_BYTES = 1_000_000;

    private final List<Deck> decks;
    private final List<DeckProblem> problems;
    private final Map<String, Card> byId = new LinkedHashMap<>();

    private DeckFiles(List<Deck> decks, List<DeckProblem> problems) {
        this.decks = List.copyOf(decks);
        this.problems = List.copyOf(problems);
        decks.forEach(d -> d.cards().forEach(c -> byId.put(c.id(), c)));
    }

    /** A deck's text, with the path it is reported under. */
    public record Source(String path, String text) {
    }

    public static DeckFiles read(List<Source> sources, Topics topics) {
        Set<String> topicIds = new HashSet<>(topics.ids());
        Set<String> ids = new HashSet<>();
        List<Deck> decks = new ArrayList<>();
        List<DeckProblem> problems = new ArrayList<>();
        for (Source s : sources) {
            if (s.text().length() > MAX_FILE_BYTES) {
                problems.add(new DeckProblem(s.path(), 1, "larger than 1 MB: not read"));
                continue;
            }
            var result = DeckReader.read(s.path(), s.text(), topicIds, ids);
            problems.addAll(result.problems());
            if (!result.deck().cards().isEmpty()) {
                decks.add(result.deck());
            }
        }
        return new DeckFiles(decks, problems);
    }

    /** The decks in the jar. */
    public static DeckFiles bundled() {
        return read(bundledSources(), Topics.bundled());
    }

    public static List<Source> bundledSources() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.yaml");
            List<Source> sources = new ArrayList<>();
            for (Resource r : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = r.getInputStream()) {
                    sources.add(new Source(LOCATION + r.getFilename(), new String(in.readNBytes((int) MAX_FILE_BYTES + 1), StandardCharsets.UTF_8)));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new IllegalStateException("the decks in the app cannot be listed: " + e.getMessage(), e);
        }
    }

    public List<Deck> decks() {
        return decks;
    }

    public List<DeckProblem> problems() {
        return problems;
    }

    public List<Card> cards() {
        return List.copyOf(byId.values());
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The card that explains a mistake code. */
    public Optional<Card> forMistake(String code) {
        return byId.values().stream().filter(c -> code.equals(c.mistake())).findFirst();
    }

    /** The glossary card of a topic. */
    public Optional<Card> forTopic(String topic) {
        return byId.values().stream().filter(c -> topic.equals(c.topic())).findFirst();
    }
}
