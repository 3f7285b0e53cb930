package org.backproplab.dashboard.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Where a student stands on an assignment. Done: every exercise of it attempted (or, for an assigned
 * quiz, the quiz finished); started: some work; overdue: not done after the due time.
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
     * @param exercises    the assignment's exercises
     * @param attempted    the exercises the student has attempted
     * @param quizFinished whether the assignment is a quiz the student finished
     * @param due          when it is due; null for no due time
     */
    public static AssignmentState of(Set<String> exercises, Set<String> attempted, boolean quizFinished, Instant due, Instant now) {
        long done = exercises.stream().filter(attempted::contains).count();
        if (quizFinished || (!exercises.isEmpty() && done == exercises.size())) {
            return DONE;
        }
        if (due != null && now.isAfter(due)) {
            return OVERDUE;
        }
        return done > 0 ? STARTED : NOT_STARTED;
    }
}
