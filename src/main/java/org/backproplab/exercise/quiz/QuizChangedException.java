package org.backproplab.exercise.quiz;

/**
 * Refuses an action on a quiz attempt that is no longer the learner's open one: it was finished, or
 * the quiz was started again, in another tab. Nothing is stored; the page shows where the quiz stands.
 */
public class QuizChangedException extends RuntimeException {
    QuizChangedException() {
        super("This quiz was finished or started again in another tab, so nothing was counted here. "
                + "This is where it stands now.");
    }
}
