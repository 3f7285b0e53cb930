package org.backproplab.flashcard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backproplab.content.Topics;
import org.junit.jupiter.api.Test;

class DeckFilesTest {
    private static DeckFiles.Source source(String name) throws IOException {
        return new DeckFiles.Source("broken-decks/" + name, Files.readString(Path.of("src/test/resources/broken-decks/" + name)));
    }

    @Test
    void theBundledDecksReadWithoutProblemsAndHoldAtLeastSixtyCards() {
        DeckFiles decks = DeckFiles.bundled();
        assertThat(decks.problems()).isEmpty();
        assertThat(decks.cards()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(decks.decks()).extracting(Deck::id).contains("glossary", "concepts", "memory-aids", "mistakes");
        assertThat(decks.cards()).allSatisfy(c -> {
            assertThat(c.front()).isNotBlank();
            assertThat(c.back()).isNotBlank();
        });
    }

    @Test
    void everyMistakeCodeAndEveryTopicHasItsCard() {
        DeckFiles decks = DeckFiles.bundled();
        for (int i = 1; i <= 9; i++) {
            String code = String.format("M%02d", i);
            assertThat(decks.forMistake(code)).as(code).isPresent();
        }
        for (String topic : Topics.bundled().ids()) {
            assertThat(decks.forTopic(topic)).as(topic).isPresent().get().extracting(Card::deck).isEqualTo("glossary");
        }
    }

    @Test
    void aBrokenDeckIsReportedByFileAndLineAndTheRestLoads() throws IOException {
        DeckFiles decks = DeckFiles.read(List.of(source("broken.yaml"), source("syntax.yaml")), Topics.bundled());
        assertThat(decks.problems()).extracting(DeckProblem::toString).containsExactly(
                "broken-decks/broken.yaml:8: the card has no back",
                "broken-decks/broken.yaml:10: card id 'Bad Id!' must be lower-case letters, digits and dashes",
                "broken-decks/broken.yaml:13: card id 'good-card' is used twice",
                "broken-decks/broken.yaml:17: unknown topic 'astrology' (see exercises/topics.yaml)",
                "broken-decks/broken.yaml:21: front has an unclosed $ (math goes between two $ signs)",
                "broken-decks/broken.yaml:24: unknown key 'colour' (a card has id, front, back, topic, mistake)",
                "broken-decks/broken.yaml:28: mistake must be a code such as M01, not '<b>M1</b>'",
                decks.problems().get(7).toString());
        assertThat(decks.problems().get(7).path()).isEqualTo("broken-decks/syntax.yaml");
        assertThat(decks.problems().get(7).line()).isBetween(6, 8);
        assertThat(decks.problems().get(7).message()).startsWith("YAML syntax");
        assertThat(decks.cards()).extracting(Card::id).containsExactly("good-card", "before-the-error");
    }

    @Test
    void notADeckAtAllIsOneProblem() {
        DeckFiles decks = DeckFiles.read(List.of(new DeckFiles.Source("x.yaml", "- just\n- a list\n"),
                new DeckFiles.Source("empty.yaml", "deck: empty\n")), Topics.bundled());
        assertThat(decks.problems()).extracting(DeckProblem::toString)
                .containsExactly("x.yaml:1: a deck file is a mapping with deck, title and cards", "empty.yaml:1: the deck has no cards");
    }
}
