package org.backproplab.dashboard.domain;

import java.time.LocalDate;

/** One week of a class's work: attempts made, and how many of them showed a given mistake. */
public record TrendPoint(LocalDate weekStart, int attempts, int withMistake) {

    /** The share of attempts showing the mistake, 0–1. */
    public double rate() {
        return attempts == 0 ? 0 : withMistake / (double) attempts;
    }
}
