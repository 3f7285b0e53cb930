package org.backproplab.exercise.practice;

import org.backproplab.exercise.grading.Grade;

/**
 * What checking answers gave: the grade (its mark as counted: 0 once the solution was seen), the
 * workspace after it (with the variant's best mark), and whether these were the very answers
 * checked last time on these numbers, so that nothing new was recorded.
 */
public record Checked(Grade grade, Workspace workspace, boolean repeated) {

    /** The best mark earned on these numbers, this check included. */
    public double best() {
        return workspace.current().bestMark();
    }
}
