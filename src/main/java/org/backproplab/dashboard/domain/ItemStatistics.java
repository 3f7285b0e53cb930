package org.backproplab.dashboard.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Item statistics in the manner of Moodle's quiz report, computed from practice attempts.
 * <p>
 * A student's mark on an item is their best mark on it (what the gradebook shows), as a share of the
 * maximum. The facility index is the mean of those marks. The discrimination index is the Pearson
 * correlation, over the students who attempted the item, between their mark on it and their total on
 * the <em>rest</em> of the items in the set (an item never attempted counts 0), so the item is not
 * correlated with itself. The first-try mark is the mean of each student's first attempt.
 */
public final class ItemStatistics {
    /** Facility above this suggests the item is too easy. */
    public static final double EASY = 0.90;
    /** Facility below this suggests the item is too hard. */
    public static final double HARD = 0.20;
    private static final int MIN_STUDENTS_FOR_CORRELATION = 3;

    private ItemStatistics() {
    }

    /** The statistics of every exercise that has attempts, keyed by exercise id in id order. */
    public static Map<String, ItemStats> of(List<AttemptFact> attempts) {
        Map<String, Map<UUID, List<AttemptFact>>> byItem = new TreeMap<>();
        for (AttemptFact a : attempts) {
            byItem.computeIfAbsent(a.exerciseId(), k -> new LinkedHashMap<>()).computeIfAbsent(a.learnerId(), k -> new ArrayList<>()).add(a);
        }
        // Each student's best mark per item, for the "rest of the set" totals.
        Map<UUID, Map<String, Double>> best = new HashMap<>();
        byItem.forEach((item, students) -> students.forEach((student, list) ->
                best.computeIfAbsent(student, k -> new HashMap<>()).put(item, bestOf(list))));
        Map<String, ItemStats> result = new LinkedHashMap<>();
        byItem.forEach((item, students) -> result.put(item, item(item, students, best)));
        return result;
    }

    private static ItemStats item(String item, Map<UUID, List<AttemptFact>> students, Map<UUID, Map<String, Double>> best) {
        int attempts = 0;
        double markSum = 0;
        double firstSum = 0;
        double bestSum = 0;
        int hinted = 0;
        int solved = 0;
        double[] itemMarks = new double[students.size()];
        double[] restMarks = new double[students.size()];
        int i = 0;
        for (var entry : students.entrySet()) {
            List<AttemptFact> list = entry.getValue();
            attempts += list.size();
            for (AttemptFact a : list) {
                markSum += a.fraction();
            }
            firstSum += list.stream().min(Comparator.comparing(AttemptFact::createdAt).thenComparingLong(AttemptFact::attemptId))
                    .orElseThrow().fraction();
            double b = bestOf(list);
            bestSum += b;
            if (list.stream().anyMatch(a -> a.hintsUsed() > 0)) {
                hinted++;
            }
            if (list.stream().anyMatch(AttemptFact::solutionSeen)) {
                solved++;
            }
            itemMarks[i] = b;
            restMarks[i] = best.get(entry.getKey()).entrySet().stream().filter(e -> !e.getKey().equals(item))
                    .mapToDouble(Map.Entry::getValue).sum();
            i++;
        }
        int n = students.size();
        double facility = bestSum / n;
        OptionalDouble discrimination = n < MIN_STUDENTS_FOR_CORRELATION ? OptionalDouble.empty() : pearson(itemMarks, restMarks);
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        // One or two students say little about an exercise: no verdict on so few.
        if (n >= MIN_STUDENTS_FOR_CORRELATION && facility > EASY) {
            flags.add(ItemFlag.TOO_EASY);
        } else if (n >= MIN_STUDENTS_FOR_CORRELATION && facility < HARD) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < 0) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        }
        return new ItemStats(item, attempts, n, markSum / attempts, firstSum / n, facility, discrimination,
                attempts / (double) n, hinted / (double) n, solved / (double) n, Set.copyOf(flags));
    }

    private static double bestOf(List<AttemptFact> list) {
        return list.stream().mapToDouble(AttemptFact::fraction).max().orElse(0);
    }

    /** Pearson's r; empty when either side does not vary (the correlation is undefined then). */
    static OptionalDouble pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx < 1e-12 || syy < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }
}
