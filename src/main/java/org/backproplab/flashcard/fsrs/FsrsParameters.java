package org.backproplab.flashcard.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * The settings of the scheduler.
 *
 * @param w                 the 21 FSRS-6 weights
 * @param desiredRetention  the probability of recall a review is planned for (0.70 to 0.97 in the app)
 * @param learningSteps     the short steps of a new card before it graduates
 * @param relearningSteps   the short steps after a lapse
 * @param maximumInterval   the longest interval, in days
 * @param fuzz              whether review intervals are spread a little (so cards learnt together part)
 */
public record FsrsParameters(double[] w, double desiredRetention, List<Duration> learningSteps, List<Duration> relearningSteps,
        int maximumInterval, boolean fuzz) {

    /** FSRS-6's default weights, as ts-fsrs 5.4.2 ships them ({@code default_w}). */
    public static final double[] DEFAULT_W = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
        0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final double DEFAULT_RETENTION = 0.9;

    public FsrsParameters {
        if (w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, not " + w.length);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie between 0 and 1, not " + desiredRetention);
        }
        w = w.clone();
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** Defaults: retention 0.9, steps 1 min and 10 min, relearning 10 min, at most 36,500 days. */
    public static FsrsParameters defaults(double desiredRetention, boolean fuzz) {
        return new FsrsParameters(DEFAULT_W, desiredRetention, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36_500, fuzz);
    }

    @Override
    public double[] w() {
        return w.clone();
    }
}
