package org.backproplab.exercise.grading;

/**
 * How one part was judged.
 *
 * @param mistake      the recognised mistake, or null (none, or more than one that fits)
 * @param where        the node the mistake concerns, as the page shows it, or null
 * @param followedFrom the id of the earlier part whose wrong answer this one was held to, or null
 * @param feedback     one or two sentences for the learner, worded from the exercise's own graph
 */
public record PartResult(String partId, String answer, Status status, double mark, Mistake mistake, String where,
        String followedFrom, String feedback) {
    static final String CORRECT = "Correct.";

    public enum Status {
        CORRECT, FOLLOW_THROUGH, WRONG
    }

    public boolean counts() {
        return status != Status.WRONG;
    }
}
