package org.backproplab.exercise.practice;

import org.backproplab.exercise.grading.PartResult;

/**
 * One part of a stored attempt: the answer as typed, how it was judged, the marks it earned (none
 * once the solution was seen) and the recognised mistake's code, or null.
 */
public record AttemptPart(String partId, String answer, PartResult.Status status, double mark, String mistakeCode) {
}
