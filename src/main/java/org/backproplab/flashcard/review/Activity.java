package org.backproplab.flashcard.review;

import java.time.Instant;
import java.util.List;

/**
 * A learner's flashcard work at a glance, for their teacher: how much they reviewed lately, how much
 * of it they remembered, where their cards stand, and which mistakes of theirs became cards.
 *
 * @param reviews        reviews in the last 30 days (undone ones not counted)
 * @param learnedReviews of those, the reviews of cards already in long-term review
 * @param remembered     of those, the ones not answered Again (Anki's "true retention" is their share)
 * @param lastReview     the latest review ever, or null when there was none
 * @param learning       cards in learning or relearning now
 * @param inReview       cards in long-term review now
 * @param dueNow         cards started or brought in by a mistake that are due now (not suspended)
 * @param mistakeCards   the mistake codes whose cards are in the learner's deck (brought in by a graded
 *                       mistake, or met in review)
 */
public record Activity(int reviews, int learnedReviews, int remembered, Instant lastReview, int learning, int inReview,
        int dueNow, List<String> mistakeCards) {

    /** Remembered of learned reviews, or null when there were none. */
    public Double retention() {
        return learnedReviews == 0 ? null : remembered / (double) learnedReviews;
    }
}
