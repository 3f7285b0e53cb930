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
        int count() {
            return (int) Math.floor((max - min) / step + 1e-9) + 1;
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
