package org.backproplab.exercise.practice;

import java.util.List;

import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;

/** A learner at work on one exercise: the exercise, the numbers of their current variant, its hints and solution. */
public record Workspace(Exercise exercise, Variant variant, CurrentVariant current) {

    /**
     * The workspace of a variant, its numbers drawn from its seed. Files are validated at start with
     * seed 0, so a seed that yields no variant is rare: then seed 0's variant is shown (and kept).
     */
    public static Workspace draw(Exercise exercise, CurrentVariant current) {
        try {
            return new Workspace(exercise, VariantGenerator.generate(exercise, current.seed()), current);
        } catch (VariantGenerator.NoVariantException e) {
            try {
                return new Workspace(exercise, VariantGenerator.generate(exercise, 0), current.withSeed(0));
            } catch (VariantGenerator.NoVariantException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

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

    /** The most answers checked after one more hint could earn. */
    public double maxMarkAfterNextHint() {
        return MarkingPolicy.maxMark(exercise, current.hintsUsed() + 1, current.solutionSeen());
    }
}
