package org.backproplab.exercise.grading;

/**
 * How one part was judged.
 *
 * @param expected  the value the answer was held to: the true answer, or the follow-through value
 *                  computed from the learner's own earlier answers
 * @param mistake   the recognised mistake, or null
 * @param where     the node the mistake concerns (for a dropped local derivative), or null
 */
public record PartResult(String partId, String answer, Status status, double mark, Mistake mistake, String where,
        String followedFrom) {

    public enum Status {
        CORRECT, FOLLOW_THROUGH, WRONG
    }

    public boolean counts() {
        return status != Status.WRONG;
    }

    /** One sentence for the learner. */
    public String feedback() {
        return switch (status) {
            case CORRECT -> "Correct.";
            case FOLLOW_THROUGH -> "Correct, given your answer to " + followedFrom + ": the slip there is not counted again.";
            case WRONG -> mistake == null ? "Not right. Look at the hints or the worked solution."
                    : mistake.title() + (where == null ? "" : " (at " + where + ")") + ". " + mistake.advice();
        };
    }
}
