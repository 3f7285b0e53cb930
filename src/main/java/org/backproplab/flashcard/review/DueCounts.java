package org.backproplab.flashcard.review;

/** Cards left today: new, learning (and relearning), review, as the counters above a card. */
public record DueCounts(int newCards, int learning, int review) {
    public int total() {
        return newCards + learning + review;
    }
}
