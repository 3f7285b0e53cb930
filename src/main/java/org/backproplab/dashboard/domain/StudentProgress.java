package org.backproplab.dashboard.domain;

import java.util.Map;
import java.util.UUID;

/** One student's state on each assignment of a class, by assignment id. */
public record StudentProgress(Student student, Map<UUID, AssignmentState> states) {
}
