package org.backproplab.classroom;

import java.time.Instant;
import java.util.UUID;

/** A student in a class, as their teacher sees them. */
public record ClassMember(UUID accountId, UUID learnerId, String username, String displayName, Instant joinedAt) {
}
