package org.backproplab.flashcard.fsrs;

import java.util.Locale;

/** Where a card is in FSRS: never seen, in its learning steps, in long-term review, or relearning after a lapse. */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING;

    /** {@code new}, {@code learning}, {@code review} or {@code relearning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
