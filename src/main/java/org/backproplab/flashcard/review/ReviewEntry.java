package org.backproplab.flashcard.review;

import java.time.Instant;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Rating;

/** One line of the review log. */
public record ReviewEntry(long id, String cardId, Rating rating, Instant reviewedAt, CardState before, CardState after,
        double stability, double difficulty, Instant due, int scheduledDays) {

    /** A review of a card already in long-term review: what Anki's "true retention" counts. */
    boolean ofLearnedCard() {
        return before == CardState.REVIEW;
    }

    /** A review of a learned card that was not forgotten (not answered Again). */
    boolean remembered() {
        return ofLearnedCard() && rating != Rating.AGAIN;
    }
}
