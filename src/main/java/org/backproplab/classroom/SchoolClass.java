package org.backproplab.classroom;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A class a teacher runs. {@code joinCode} is null while joining is switched off. */
public record SchoolClass(UUID id, String name, String joinCode, boolean archived, Instant createdAt) {

    public Optional<String> code() {
        return Optional.ofNullable(joinCode);
    }
}
