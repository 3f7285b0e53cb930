package org.backproplab.exercise.practice;

/**
 * Refuses an answer, hint or solution for numbers that are no longer the learner's current variant:
 * "Another like this" in a second tab drew new ones meanwhile (a quiz draws its own, apart).
 * Grading the new numbers would mark answers to the old ones wrong, so nothing is stored.
 */
public class StaleVariantException extends RuntimeException {
    private final transient Workspace current;

    StaleVariantException(Workspace current) {
        super("These numbers were replaced in another tab, so nothing was counted. "
                + "Here are your current numbers.");
        this.current = current;
    }

    /** The learner's current workspace on the exercise, to show instead. */
    public Workspace current() {
        return current;
    }
}
