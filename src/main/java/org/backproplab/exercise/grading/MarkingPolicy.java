package org.backproplab.exercise.grading;

import org.backproplab.exercise.model.Exercise;

/**
 * Every rule about what a variant can earn, in one place:
 * <ul>
 * <li>each hint taken costs the share its file gives it, and the maximum never goes below 0;</li>
 * <li>once the worked solution was shown, the variant earns nothing more (its answers are on the
 *     screen): mark and maximum are 0 until the learner asks for another variant;</li>
 * <li>the best mark earned on a variant stands: a hint or the solution taken afterwards lowers only
 *     what later answers can earn, never what was earned;</li>
 * <li>an exercise is mastered once its best mark is full marks.</li>
 * </ul>
 */
public final class MarkingPolicy {
    /** Full marks, allowing for the rounding of summed part shares (three thirds make 0.999…). */
    static final double FULL_MARKS = 0.999;

    private MarkingPolicy() {
    }

    /** The most a variant can earn after this many hints: 1 minus their costs, never below 0. */
    public static double maxMark(Exercise exercise, int hintsUsed) {
        double cost = 0;
        for (int i = 0; i < Math.min(hintsUsed, exercise.hints().size()); i++) {
            cost += exercise.hints().get(i).cost();
        }
        return Math.max(0, 1 - cost);
    }

    /** The most a variant can still earn, given its hints and whether its solution was shown. */
    public static double maxMark(Exercise exercise, int hintsUsed, boolean solutionSeen) {
        return solutionSeen ? 0 : maxMark(exercise, hintsUsed);
    }

    /** What a graded mark (of the whole variant or of one part) counts for. */
    public static double counted(double graded, boolean solutionSeen) {
        return solutionSeen ? 0 : graded;
    }

    /** A variant's best mark after one more check that counted {@code counted}. */
    public static double best(double bestSoFar, double counted) {
        return Math.max(bestSoFar, counted);
    }

    public static boolean mastered(double bestMark) {
        return bestMark >= FULL_MARKS;
    }
}
