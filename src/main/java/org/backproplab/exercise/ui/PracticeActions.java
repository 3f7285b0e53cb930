package org.backproplab.exercise.ui;

import java.util.List;
import java.util.Map;

import org.backproplab.exercise.practice.Attempt;
import org.backproplab.exercise.practice.Checked;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.learner.CurrentLearner;

/** The form's actions on Practice: the learner's practice variant and history. */
record PracticeActions(PracticeService practice, CurrentLearner learner) implements ExerciseActions {

    @Override
    public Checked check(Workspace seen, Map<String, String> answers) {
        return practice.submit(learner.stored(), seen, answers);
    }

    @Override
    public Workspace nextHint(Workspace seen) {
        return practice.nextHint(learner.stored(), seen);
    }

    @Override
    public boolean isPractice() {
        return true;
    }

    @Override
    public Workspace revealSolution(Workspace seen) {
        return practice.revealSolution(learner.stored(), seen);
    }

    @Override
    public Workspace anotherLikeThis(String exerciseId) {
        return practice.anotherLikeThis(learner.stored(), exerciseId);
    }

    @Override
    public List<Attempt> history(String exerciseId) {
        return practice.history(learner.id(), exerciseId);
    }
}
