package org.backproplab.flashcard.deck;

import java.util.List;

/** A deck file's cards, in file order. */
public record Deck(String id, String title, List<Card> cards) {
    public Deck {
        cards = List.copyOf(cards);
    }
}
