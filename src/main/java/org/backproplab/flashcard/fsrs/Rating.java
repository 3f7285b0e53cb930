package org.backproplab.flashcard.fsrs;

import java.util.Locale;
import java.util.Optional;

/** How well the learner recalled a card, as Anki's four buttons (grades 1 to 4 in FSRS). */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** FSRS's grade: 1 for Again to 4 for Easy. */
    public int grade() {
        return ordinal() + 1;
    }

    public static Rating ofGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("a rating is 1 to 4, not " + grade);
        }
        return values()[grade - 1];
    }

    /** {@code again|hard|good|easy} (any case) or an ASCII digit 1-4; empty for anything else. */
    public static Optional<Rating> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4') { // not Character.isDigit: ２ is no rating
            return Optional.of(ofGrade(t.charAt(0) - '0'));
        }
        for (Rating r : values()) {
            if (r.label().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** {@code again}, {@code hard}, {@code good} or {@code easy}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
