package org.backproplab.exercise.practice;

import java.util.List;

import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.variant.Variant;

/** A learner at work on one exercise: the exercise, the numbers of their current variant, its hints and solution. */
public record Workspace(Exercise exercise, Variant variant, CurrentVariant current) {

    /** The hints shown so far. */
    public List<Exercise.Hint> hintsShown() {
        return exercise.hints().subList(0, Math.min(current.hintsUsed(), exercise.hints().size()));
    }

    public boolean moreHints() {
        return current.hintsUsed() < exercise.hints().size();
    }

    /** The best mark still possible on this variant. */
    public double maxMark() {
        return MarkingPolicy.maxMark(exercise, current.hintsUsed(), current.solutionSeen());
    }
}
