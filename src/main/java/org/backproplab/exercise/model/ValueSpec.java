package org.backproplab.exercise.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * Where an input's value comes from: given, drawn from a range on a grid, or chosen from a list.
 * Drawn numbers are kept to what a person can work with by hand.
 */
public sealed interface ValueSpec {

    double draw(Random random);

    /** Whether the value is the same in every variant. */
    default boolean isFixed() {
        return this instanceof Fixed;
    }

    record Fixed(double value) implements ValueSpec {
        @Override
        public double draw(Random random) {
            return value;
        }
    }

    /** min, min + step, ..., up to max. */
    record Grid(double min, double max, double step) implements ValueSpec {
        /** The most values a range may have: far more than anyone computes with by hand, well within an int. */
        public static final int MAX_VALUES = 1_000_000;

        public Grid {
            if (!(values(min, max, step) <= MAX_VALUES)) {
                throw new IllegalArgumentException("a range of " + min + " to " + max + " in steps of " + step + " has too many values");
            }
        }

        /** How many values min, min + step, ... up to max are, as a double: it may be far beyond an int. */
        public static double values(double min, double max, double step) {
            return Math.floor((max - min) / step + 1e-9) + 1;
        }

        int count() {
            return (int) values(min, max, step);
        }

        @Override
        public double draw(Random random) {
            return round(min + random.nextInt(count()) * step, 10);
        }
    }

    /** Uniform in [min, max], rounded to a number of decimals. */
    record Uniform(double min, double max, int decimals) implements ValueSpec {
        @Override
        public double draw(Random random) {
            double x = round(min + random.nextDouble() * (max - min), decimals);
            return Math.max(min, Math.min(max, x));
        }
    }

    record Choice(List<Double> options) implements ValueSpec {
        @Override
        public double draw(Random random) {
            return options.get(random.nextInt(options.size()));
        }
    }

    /** Rounds half away from zero in decimal, so 0.1 + 0.2 steps read 0.3, not 0.30000000000000004. */
    static double round(double x, int decimals) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
