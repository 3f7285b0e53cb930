package org.backproplab.exercise.ui;

import java.util.List;
import java.util.Map;

import org.backproplab.exercise.practice.Attempt;
import org.backproplab.exercise.practice.Checked;
import org.backproplab.exercise.practice.Workspace;

/**
 * What the buttons of an {@link ExerciseForm} do: on Practice they act on the learner's practice
 * variant; in a quiz, on the quiz attempt's own variant, with no worked solution, no new numbers and
 * no history until the quiz is over.
 */
interface ExerciseActions {

    Checked check(Workspace seen, Map<String, String> answers);

    Workspace nextHint(Workspace seen);

    /** False during a quiz: the worked solution, "Another like this" and the history are not offered. */
    boolean isPractice();

    /** Only when {@link #isPractice()}. */
    Workspace revealSolution(Workspace seen);

    /** Only when {@link #isPractice()}. */
    Workspace anotherLikeThis(String exerciseId);

    /** Only when {@link #isPractice()}: the learner's attempts at the exercise, newest first. */
    List<Attempt> history(String exerciseId);
}
