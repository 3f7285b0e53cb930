package org.backproplab.dashboard.domain;

import java.util.Map;
import java.util.UUID;

/**
 * One student's state on each assignment of a class, by assignment id; for a quiz they finished, the
 * mark of their best finished attempt (one mark per exercise of the quiz).
 */
public record StudentProgress(Student student, Map<UUID, AssignmentState> states, Map<UUID, Double> quizMarks) {
}
