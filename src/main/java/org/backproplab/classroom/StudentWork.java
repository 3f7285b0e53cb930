package org.backproplab.classroom;

import java.util.Set;
import java.util.UUID;

/**
 * What a student has done, as far as their assignments are concerned. Classes ask; the exercise
 * feature answers (it keeps the attempts and quizzes), so classes read no practice table.
 */
public interface StudentWork {

    /** The exercises the learner has attempted, in practice or in a quiz. */
    Set<String> exercisesAttempted(UUID learner);

    /** Whether the learner has acted in an attempt at the quiz. */
    boolean quizBegun(UUID learner, String quizId);

    /** Whether the learner has finished an attempt at the quiz. */
    boolean quizFinished(UUID learner, String quizId);
}
