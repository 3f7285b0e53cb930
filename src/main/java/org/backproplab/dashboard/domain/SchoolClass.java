package org.backproplab.dashboard.domain;

import java.util.UUID;

/** A class a teacher teaches, with its number of students. */
public record SchoolClass(UUID id, String name, int students) {
}
