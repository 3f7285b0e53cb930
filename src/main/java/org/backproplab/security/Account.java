package org.backproplab.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A user who signed up (or was created by an admin). Their progress is their learner's: every
 * attempt is keyed on {@link #learnerId()}.
 *
 * @param username stored lower-case
 */
public record Account(UUID id, UUID learnerId, String username, String displayName, Role role,
        boolean mustChangePassword, Instant createdAt) {
}
