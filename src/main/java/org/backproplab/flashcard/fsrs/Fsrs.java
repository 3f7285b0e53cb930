package org.backproplab.flashcard.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The FSRS-6 scheduler (Free Spaced Repetition Scheduler, version 6, with short-term steps), written
 * from the published algorithm and held equal to the reference implementation ts-fsrs 5.4.2 by the
 * fixture tests: the same formulas, the same rounding to eight decimals (which ts-fsrs applies after
 * every step, so leaving it out would drift by more than 1e-6), elapsed time in whole UTC calendar
 * days, and its rules for learning steps. Plain Java, no framework: the CLI uses it as the app does.
 * <p>
 * Memory model: stability S is the interval in days after which recall falls to 90%, difficulty D
 * lies in [1, 10], and retrievability R(t) = (1 + factor·t/S)^(−w20) is the chance of recall t days
 * after the last review.
 */
public final class Fsrs {
    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36_500;
    private static final long MINUTES_PER_DAY = 1440;

    private final FsrsParameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs(FsrsParameters parameters) {
        this.parameters = parameters;
        this.w = parameters.w();
        this.decay = -w[20];
        this.factor = round8(Math.exp(1 / decay * Math.log(0.9)) - 1); // so that R(S) = 0.9
        this.intervalModifier = round8((Math.pow(parameters.desiredRetention(), 1 / decay) - 1) / factor);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The card after the learner answered it at {@code now} with {@code rating}. */
    public MemoryCard next(MemoryCard card, Instant now, Rating rating) {
        int elapsed = card.state() == CardState.NEW || card.lastReview() == null ? 0 : calendarDays(card.lastReview(), now);
        int g = rating.grade();
        if (card.state() != CardState.REVIEW) {
            Memory m = nextMemory(card, elapsed, g, Double.NaN);
            CardState to = card.state() == CardState.NEW ? CardState.LEARNING : card.state();
            return afterSteps(card, m, rating, to, now, elapsed, card.lapses());
        }
        double r = retrievability(elapsed, card.stability());
        if (rating == Rating.AGAIN) {
            return afterSteps(card, nextMemory(card, elapsed, g, r), rating, CardState.RELEARNING, now, elapsed, card.lapses() + 1);
        }
        Memory hard = nextMemory(card, elapsed, Rating.HARD.grade(), r);
        Memory good = nextMemory(card, elapsed, Rating.GOOD.grade(), r);
        Memory easy = nextMemory(card, elapsed, Rating.EASY.grade(), r);
        int hardDays = nextInterval(hard.stability, elapsed, card);
        int goodDays = nextInterval(good.stability, elapsed, card);
        hardDays = Math.min(hardDays, goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        int easyDays = Math.max(nextInterval(easy.stability, elapsed, card), goodDays + 1);
        Memory m = rating == Rating.HARD ? hard : rating == Rating.GOOD ? good : easy;
        int days = rating == Rating.HARD ? hardDays : rating == Rating.GOOD ? goodDays : easyDays;
        return new MemoryCard(CardState.REVIEW, now.plus(Duration.ofDays(days)), m.stability, m.difficulty, 0, days,
                card.reps() + 1, card.lapses(), now);
    }

    /** The card after each of the four answers, for the buttons' intervals. */
    public Map<Rating, MemoryCard> preview(MemoryCard card, Instant now) {
        Map<Rating, MemoryCard> next = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            next.put(r, next(card, now, r));
        }
        return next;
    }

    /** The chance of recall {@code elapsedDays} after the last review of a memory of this stability. */
    public double retrievability(double elapsedDays, double stability) {
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** The card's chance of recall at {@code now} (elapsed time counted to the second); 0 for a new card. */
    public double retrievability(MemoryCard card, Instant now) {
        if (card.state() == CardState.NEW || card.lastReview() == null) {
            return 0;
        }
        double days = Math.max(0, Duration.between(card.lastReview(), now).toSeconds() / 86_400.0);
        return retrievability(days, card.stability());
    }

    private record Memory(double difficulty, double stability) {
    }

    private Memory nextMemory(MemoryCard card, int t, int g, double knownR) {
        double d = card.difficulty();
        double s = card.stability();
        if (d == 0 && s == 0) {
            return new Memory(clamp(initDifficulty(g), 1, 10), Math.max(w[g - 1], 0.1));
        }
        double r = Double.isNaN(knownR) ? retrievability(t, s) : knownR;
        double newS;
        if (t == 0) {
            newS = shortTermStability(s, g);
        } else if (g == 1) {
            double minimum = round8(s / Math.exp(w[17] * w[18]));
            newS = Math.min(Math.max(minimum, S_MIN), forgetStability(d, s, r));
        } else {
            newS = recallStability(d, s, r, g);
        }
        return new Memory(nextDifficulty(d, g), newS);
    }

    private double initDifficulty(int g) {
        return round8(w[4] - Math.exp((g - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double next = d + round8(delta * (10 - d) / 9); // linear damping: harder to move near 10
        return clamp(round8(w[7] * initDifficulty(4) + (1 - w[7]) * next), 1, 10); // mean reversion towards D0(Easy)
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        return round8(clamp(s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus), S_MIN, S_MAX));
    }

    private double forgetStability(double d, double s, double r) {
        return round8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]),
                S_MIN, S_MAX));
    }

    private double shortTermStability(double s, int g) {
        double sinc = Math.pow(s, -w[19]) * Math.exp(w[17] * (g - 3 + w[18]));
        double masked = g >= 2 ? Math.max(sinc, 1) : sinc;
        return round8(clamp(s * masked, S_MIN, S_MAX));
    }

    /** The (re)learning step an answer leads to: minutes until due and the next step's index; minutes 0 = graduate. */
    private record Step(long minutes, int next) {
    }

    private Step step(CardState state, int current, Rating rating) {
        List<Duration> steps = state == CardState.RELEARNING || state == CardState.REVIEW ? parameters.relearningSteps()
                : parameters.learningSteps();
        int n = steps.size();
        if (n == 0 || current >= n) {
            return new Step(0, 0);
        }
        long first = steps.get(0).toMinutes();
        if (state == CardState.REVIEW) {
            return rating == Rating.AGAIN ? new Step(steps.get(Math.max(0, current)).toMinutes(), 0) : new Step(0, 0);
        }
        return switch (rating) {
            case AGAIN -> new Step(first, 0);
            case HARD -> new Step(n == 1 ? Math.round(first * 1.5) : Math.round((first + steps.get(1).toMinutes()) / 2.0), current);
            case GOOD -> current + 1 < n ? new Step(steps.get(current + 1).toMinutes(), current + 1) : new Step(0, 0);
            case EASY -> new Step(0, 0);
        };
    }

    private MemoryCard afterSteps(MemoryCard card, Memory m, Rating rating, CardState to, Instant now, int elapsed, int lapses) {
        Step step = step(card.state(), card.learningStep(), rating);
        long minutes = Math.max(0, step.minutes());
        int reps = card.reps() + 1;
        if (minutes > 0 && minutes < MINUTES_PER_DAY) {
            return new MemoryCard(to, now.plus(Duration.ofMinutes(minutes)), m.stability, m.difficulty, step.next(), 0, reps, lapses, now);
        }
        if (minutes >= MINUTES_PER_DAY) {
            return new MemoryCard(CardState.REVIEW, now.plus(Duration.ofMinutes(minutes)), m.stability, m.difficulty, step.next(),
                    (int) (minutes / MINUTES_PER_DAY), reps, lapses, now);
        }
        int days = nextInterval(m.stability, elapsed, card);
        return new MemoryCard(CardState.REVIEW, now.plus(Duration.ofDays(days)), m.stability, m.difficulty, 0, days, reps, lapses, now);
    }

    private int nextInterval(double stability, int elapsed, MemoryCard card) {
        int days = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), parameters.maximumInterval());
        return parameters.fuzz() ? fuzz(days, elapsed, card) : days;
    }

    /**
     * Spreads an interval of 3 days or more over ts-fsrs's fuzz range (±15% at first, narrowing for
     * long intervals), so that cards learnt together do not stay together. The draw is seeded by the
     * card's own history, so showing the buttons and answering agree.
     */
    private int fuzz(int days, int elapsed, MemoryCard card) {
        if (days < 2.5) {
            return days;
        }
        int[] range = fuzzRange(days, elapsed, parameters.maximumInterval());
        long seed = 31L * card.reps() + Double.hashCode(card.difficulty() * card.stability())
                + (card.lastReview() == null ? 0 : card.lastReview().getEpochSecond());
        return range[0] + new SplittableRandom(seed).nextInt(range[1] - range[0] + 1);
    }

    /** ts-fsrs's {@code get_fuzz_range}: the smallest and largest fuzzed interval, both inclusive. */
    static int[] fuzzRange(double interval, int elapsed, int maximum) {
        double delta = 1 + 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0) + 0.1 * Math.max(Math.min(interval, 20) - 7, 0)
                + 0.05 * Math.max(interval - 20, 0);
        double ivl = Math.min(interval, maximum);
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), maximum);
        if (ivl > elapsed) {
            min = Math.max(min, elapsed + 1);
        }
        min = Math.min(min, max);
        return new int[] {(int) min, (int) max};
    }

    /** Whole days between two instants, rounded down (ts-fsrs's {@code date_diff} in days). */
    static double calendarDaysFloor(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).toMillis(), 86_400_000L);
    }

    /** Days between the UTC calendar dates of two instants, as ts-fsrs counts elapsed time. */
    static int calendarDays(Instant from, Instant to) {
        return (int) ChronoUnit.DAYS.between(from.atOffset(ZoneOffset.UTC).toLocalDate(), to.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }

    /** JavaScript's Math.round(x·1e8)/1e8, as ts-fsrs rounds: half up, towards +∞. */
    static double round8(double x) {
        return Math.floor(x * 1e8 + 0.5) / 1e8;
    }
}
