package org.backproplab.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Mistakes × columns (topics or exercises), counted over a class. A mistake on an exercise with
 * several topics counts once in each of its topics: the question is which topic the slip belongs to,
 * and the exercise practises all of them. The row's total counts each mistake once, however many
 * of the columns it shows in.
 *
 * @param codes   the rows, in catalogue order
 * @param columns the columns (topic or exercise ids), in the order given
 * @param totals  per mistake, its count over the exercises shown in any column, each counted once
 */
public record HeatMap(List<String> codes, List<String> columns, Map<String, Map<String, Integer>> counts,
        Map<String, Integer> totals) {

    public int count(String code, String column) {
        return counts.getOrDefault(code, Map.of()).getOrDefault(column, 0);
    }

    public int max() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }

    public int rowTotal(String code) {
        return totals.getOrDefault(code, 0);
    }

    /**
     * Builds the map.
     *
     * @param columnsOf the columns an exercise's count goes to (its topics, or the exercise itself)
     */
    public static HeatMap of(List<String> codes, List<String> columns, List<MistakeCount> counts,
            Function<String, List<String>> columnsOf) {
        Map<String, Map<String, Integer>> cells = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (MistakeCount c : counts) {
            boolean shown = false;
            for (String column : columnsOf.apply(c.exerciseId())) {
                if (columns.contains(column)) {
                    cells.computeIfAbsent(c.code(), k -> new LinkedHashMap<>()).merge(column, c.count(), Integer::sum);
                    shown = true;
                }
            }
            if (shown) {
                totals.merge(c.code(), c.count(), Integer::sum);
            }
        }
        return new HeatMap(codes, columns, cells, totals);
    }
}
