package org.backproplab.dashboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The class overview: for each student, a cell per exercise. Topic cells are derived: the mean of
 * the best marks over the topic's exercises (one not started counts 0), so "mastery" of a topic
 * grows only by doing its exercises well.
 */
public record Overview(List<Student> students, Map<UUID, Map<String, Cell>> cells) {

    public Cell cell(Student s, String exerciseId) {
        return cells.getOrDefault(s.learnerId(), Map.of()).getOrDefault(exerciseId, Cell.NONE);
    }

    /** A student's cell for a topic made of the given exercises. */
    public Cell topicCell(Student s, List<String> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Cell.NONE;
        }
        int attempts = 0;
        double sum = 0;
        long time = 0;
        boolean seen = false;
        for (String id : exerciseIds) {
            Cell c = cell(s, id);
            attempts += c.attempts();
            sum += c.best();
            time += c.timeMs();
            seen |= c.solutionSeen();
        }
        return attempts == 0 ? Cell.NONE : new Cell(attempts, sum / exerciseIds.size(), time, seen);
    }

    public List<Student> studentsNamed(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<Student> result = new ArrayList<>();
        for (Student s : students) {
            if (f.isEmpty() || s.displayName().toLowerCase(Locale.ROOT).contains(f) || s.username().contains(f)) {
                result.add(s);
            }
        }
        return result;
    }
}
