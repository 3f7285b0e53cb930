package org.backproplab.dashboard.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is a mistake becoming rarer? Per week (Monday to Sunday), the share of attempts that showed it: a
 * falling rate after the lesson is the answer a teacher hopes for. Weeks without attempts are left out.
 */
public final class Trend {
    private Trend() {
    }

    /**
     * @param attemptsPerDay attempts made per day
     * @param mistakesPerDay attempts with the mistake per day
     */
    public static List<TrendPoint> weekly(Map<LocalDate, Integer> attemptsPerDay, Map<LocalDate, Integer> mistakesPerDay) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        attemptsPerDay.forEach((day, n) -> weeks.computeIfAbsent(monday(day), k -> new int[2])[0] += n);
        mistakesPerDay.forEach((day, n) -> weeks.computeIfAbsent(monday(day), k -> new int[2])[1] += n);
        List<TrendPoint> result = new ArrayList<>();
        weeks.forEach((week, n) -> {
            if (n[0] > 0) {
                result.add(new TrendPoint(week, n[0], n[1]));
            }
        });
        return result;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
