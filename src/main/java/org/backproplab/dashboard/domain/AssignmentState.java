package org.backproplab.dashboard.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Where a student stands on an assignment. Done: every exercise of it attempted (or, for an assigned
 * quiz, an attempt at the quiz finished); started: some work on it; overdue: not done after the due time.
 */
public enum AssignmentState {
    DONE("Done"), STARTED("Started"), NOT_STARTED("Not started"), OVERDUE("Overdue");

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A set of exercises: done when every one is attempted, started when some are.
     *
     * @param exercises the assignment's exercises
     * @param attempted the exercises the student has attempted
     * @param due       when it is due; null for no due time
     */
    public static AssignmentState of(Set<String> exercises, Set<String> attempted, Instant due, Instant now) {
        long done = exercises.stream().filter(attempted::contains).count();
        return state(!exercises.isEmpty() && done == exercises.size(), done > 0, due, now);
    }

    /**
     * An assigned quiz: done once the student finished an attempt at it, started once they acted in
     * one. Practice on the quiz's exercises does not count: the quiz is a test of its own.
     */
    public static AssignmentState ofQuiz(boolean begun, boolean finished, Instant due, Instant now) {
        return state(finished, begun, due, now);
    }

    private static AssignmentState state(boolean done, boolean started, Instant due, Instant now) {
        if (done) {
            return DONE;
        }
        if (due != null && now.isAfter(due)) {
            return OVERDUE;
        }
        return started ? STARTED : NOT_STARTED;
    }
}
