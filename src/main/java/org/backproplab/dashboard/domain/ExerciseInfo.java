package org.backproplab.dashboard.domain;

import java.util.List;

/** What the dashboard shows of an exercise: its id, title, topics and difficulty. */
public record ExerciseInfo(String id, String title, List<String> topics, int difficulty) {
}
