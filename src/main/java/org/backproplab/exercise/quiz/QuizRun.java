package org.backproplab.exercise.quiz;

import java.util.List;
import java.util.Map;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.practice.Workspace;

/**
 * A learner's attempt at a quiz, as the page shows it: which attempt, where the learner is, and
 * every exercise with the quiz's own variant and the answers last checked.
 *
 * @param number   1 for the learner's first attempt at this quiz
 * @param position the exercise the learner is at, from 0
 * @param finished whether the summary was reached: the worked solutions are then on offer
 */
public record QuizRun(Quiz quiz, int number, int position, boolean finished, List<Step> steps) {

    public QuizRun {
        steps = List.copyOf(steps);
    }

    /**
     * One exercise of the attempt. {@code answers} are the answers last checked (empty before any),
     * {@code grade} their grade, or null before any check.
     */
    public record Step(Workspace workspace, Map<String, String> answers, Grade grade) {
        public Step {
            answers = Map.copyOf(answers);
        }

        public boolean checked() {
            return grade != null;
        }
    }

    /** The exercise the learner is at (only while not finished). */
    public Step current() {
        return steps.get(position);
    }

    public Step step(String exerciseId) {
        return steps.stream().filter(s -> s.workspace().exercise().id().equals(exerciseId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId + " in the quiz " + quiz.id()));
    }

    /** Whether the learner is at the last exercise. */
    public boolean atLast() {
        return position == steps.size() - 1;
    }
}
