package org.backproplab.dashboard.ui;

import java.util.Optional;
import java.util.UUID;

import org.backproplab.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The teacher the dashboard is drawn for: the signed-in account when it has the teacher role. */
@Component
class SignedInTeacher {
    private final CurrentUser user;

    SignedInTeacher(CurrentUser user) {
        this.user = user;
    }

    Optional<UUID> id() {
        return user.hasRole("TEACHER") ? user.accountId() : Optional.empty();
    }
}
