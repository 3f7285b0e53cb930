package org.backproplab.dashboard.domain;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * One exercise's statistics over a group of students, as Moodle's quiz report defines them. Shares
 * are 0–1 (the views show per cent).
 *
 * @param attempts       graded attempts, all students together
 * @param students       students with at least one attempt
 * @param meanMark       mean mark of every attempt
 * @param firstTryMark   mean mark of each student's first attempt
 * @param facility       facility index: mean of each student's best mark
 * @param discrimination correlation of the item's mark with the rest of the set (empty under three students or no spread)
 * @param meanTries      attempts per student
 * @param hintShare      share of students who took at least one hint
 * @param solutionShare  share of students who opened the worked solution
 */
public record ItemStats(String exerciseId, int attempts, int students, double meanMark, double firstTryMark, double facility,
        OptionalDouble discrimination, double meanTries, double hintShare, double solutionShare, Set<ItemFlag> flags) {
}
