package org.backproplab.flashcard.review;

import java.util.Map;

import org.backproplab.flashcard.deck.Card;
import org.backproplab.flashcard.fsrs.MemoryCard;
import org.backproplab.flashcard.fsrs.Rating;

/** The next card to review with the counts left and, per button, what that answer would make of it. */
public record Prompt(Card card, MemoryCard memory, Map<Rating, MemoryCard> next, DueCounts counts) {
}
