package org.backproplab.flashcard.review;

import org.backproplab.flashcard.fsrs.MemoryCard;

/** A card in one learner's collection: its FSRS state, whether it is suspended, whether a mistake brought it. */
public record LearnerCard(String cardId, MemoryCard memory, boolean suspended, boolean fromMistake) {
}
