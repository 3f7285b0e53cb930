package org.backproplab.flashcard.fsrs;

import java.time.Instant;

/**
 * What FSRS knows about one card of one learner.
 *
 * @param learningStep  the index of the (re)learning step the card is on
 * @param scheduledDays the interval in days the last review gave (0 for a learning step)
 * @param lastReview    when it was last reviewed; null for a new card
 */
public record MemoryCard(CardState state, Instant due, double stability, double difficulty, int learningStep,
        int scheduledDays, int reps, int lapses, Instant lastReview) {

    /** A card never reviewed, due at {@code now}. */
    public static MemoryCard fresh(Instant now) {
        return new MemoryCard(CardState.NEW, now, 0, 0, 0, 0, 0, 0, null);
    }
}
