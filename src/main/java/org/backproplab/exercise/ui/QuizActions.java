package org.backproplab.exercise.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.backproplab.exercise.practice.Attempt;
import org.backproplab.exercise.practice.Checked;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.exercise.quiz.QuizRun;
import org.backproplab.exercise.quiz.QuizService;
import org.backproplab.learner.CurrentLearner;

/** The form's actions in a quiz: the attempt's own variant; no solution, new numbers or history until the end. */
record QuizActions(QuizService quizzes, CurrentLearner learner, Supplier<QuizRun> run) implements ExerciseActions {

    @Override
    public Checked check(Workspace seen, Map<String, String> answers) {
        return quizzes.submit(learner.stored(), run.get(), seen.exercise().id(), answers);
    }

    @Override
    public Workspace nextHint(Workspace seen) {
        return quizzes.nextHint(learner.stored(), run.get(), seen.exercise().id());
    }

    @Override
    public boolean isPractice() {
        return false;
    }

    @Override
    public Workspace revealSolution(Workspace seen) {
        throw new UnsupportedOperationException("a quiz shows its worked solutions with the summary");
    }

    @Override
    public Workspace anotherLikeThis(String exerciseId) {
        throw new UnsupportedOperationException("a quiz keeps its numbers until it is taken again");
    }

    @Override
    public List<Attempt> history(String exerciseId) {
        return List.of();
    }
}
