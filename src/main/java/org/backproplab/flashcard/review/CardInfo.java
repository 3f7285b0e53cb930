package org.backproplab.flashcard.review;

import java.util.List;

import org.backproplab.flashcard.deck.Card;
import org.backproplab.flashcard.fsrs.MemoryCard;

/** What "card info" shows: the card, its memory state, retrievability now and its reviews. */
public record CardInfo(Card card, MemoryCard memory, double retrievabilityNow, boolean suspended, List<ReviewEntry> history) {
}
