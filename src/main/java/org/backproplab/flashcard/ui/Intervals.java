package org.backproplab.flashcard.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Intervals as Anki's buttons show them: "1 min", "10 min", "3 h", "2 d", "1.5 mo", "2.1 y". */
final class Intervals {
    private Intervals() {
    }

    static String between(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return Math.max(1, minutes) + " min";
        }
        if (seconds < 86_400) {
            return Math.round(seconds / 3600.0) + " h";
        }
        double days = seconds / 86_400.0;
        if (days < 31) {
            return Math.round(days) + " d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1f mo", days / 30.4375);
        }
        return String.format(Locale.ROOT, "%.1f y", days / 365.25);
    }
}
