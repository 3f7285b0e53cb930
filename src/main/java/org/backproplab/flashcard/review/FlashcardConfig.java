package org.backproplab.flashcard.review;

import org.backproplab.flashcard.deck.DeckFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decks, read once at start; a broken file is logged by file and line and the others still load. */
@Configuration
class FlashcardConfig {
    private static final Logger LOG = LoggerFactory.getLogger(FlashcardConfig.class);

    @Bean
    DeckFiles deckFiles() {
        DeckFiles decks = DeckFiles.bundled();
        decks.problems().forEach(p -> LOG.warn("Flashcard deck problem: {}", p));
        return decks;
    }
}
