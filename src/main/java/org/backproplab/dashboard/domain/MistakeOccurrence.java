package org.backproplab.dashboard.domain;

import java.time.Instant;

/** An attempt behind a heat-map cell: whose, on what, which part, when. */
public record MistakeOccurrence(long attemptId, Student student, String exerciseId, String partId, String code, Instant createdAt) {
}
