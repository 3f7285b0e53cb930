package org.backproplab.flashcard.review;

import java.time.Instant;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Rating;

/** One line of the review log. */
public record ReviewEntry(long id, String cardId, Rating rating, Instant reviewedAt, CardState before, CardState after,
        double stability, double difficulty, Instant due, int scheduledDays) {
}
