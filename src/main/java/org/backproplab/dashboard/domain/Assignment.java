package org.backproplab.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Work set for a class: its exercises in order, a quiz when one was assigned, and when it is due. */
public record Assignment(UUID id, String title, String quizId, Instant dueAt, List<String> exerciseIds) {
}
