package org.backproplab.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Work set for a class: a quiz (its exercises copied into {@code exerciseIds}) or a set of exercises.
 *
 * @param className the class it was set for, so a student in two classes can tell them apart
 * @param dueAt     null when there is no due date
 */
public record Assignment(UUID id, UUID classId, String className, String title, String quizId, List<String> exerciseIds,
        Instant dueAt, Instant createdAt) {

    public Optional<String> quiz() {
        return Optional.ofNullable(quizId);
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }
}
