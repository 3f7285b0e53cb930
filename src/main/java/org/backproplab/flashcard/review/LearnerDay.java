package org.backproplab.flashcard.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The learner's days, as Anki counts them: in the browser's time zone, each starting at 04:00 local
 * time, so that a late-night session still counts for the evening it began.
 */
public record LearnerDay(ZoneId zone) {
    static final Duration ROLLOVER = Duration.ofHours(4);

    /** The day an instant belongs to. */
    public LocalDate of(Instant at) {
        return at.atZone(zone).minus(ROLLOVER).toLocalDate();
    }

    /** When a day begins (04:00 local; the first valid time after it on a DST gap). */
    public Instant start(LocalDate day) {
        return ZonedDateTime.of(day.atStartOfDay(), zone).plus(ROLLOVER).toInstant();
    }
}
