package org.backproplab.learner;

import java.time.Instant;
import java.util.UUID;

/**
 * Whoever is learning in this browser. All progress is keyed by {@link #id()}.
 *
 * @param lastSeenAt when the learner last stored something (to within an hour)
 */
public record Learner(UUID id, Instant createdAt, Instant lastSeenAt) {
}
