package org.backproplab.dashboard.domain;

import java.util.UUID;

/** A member of a class: their account, the learner their attempts are keyed on, and their names. */
public record Student(UUID accountId, UUID learnerId, String displayName, String username) {
}
