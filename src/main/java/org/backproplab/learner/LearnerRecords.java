package org.backproplab.learner;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one feature keeps about a learner, so that the learner's data can be moved (a guest who
 * registers or logs in), deleted (an account deleted) and exported (download my data) as a whole.
 * Every feature with a table keyed on {@code learner_id} provides one as a Spring bean; they run
 * inside the caller's transaction. {@code LearnerRecordsCoverageTest} finds every such table and
 * fails when a merge or a deletion leaves a row behind, so a new table cannot be forgotten.
 */
public interface LearnerRecords {

    /** The key of this feature's part of the JSON export ("attempts", "quizAttempts", "reviews"...). */
    String name();

    /** Moves everything of {@code from} to {@code into}: nothing lost, nothing counted twice. */
    void move(UUID from, UUID into);

    /** Deletes everything this feature keeps about the learner. */
    void delete(UUID learner);

    /** This feature's data of the learner, as plain values that Jackson writes as JSON. */
    Object export(UUID learner);

    /** Rows as read by JDBC, made plain for JSON: times as ISO instants, column names lower-case. */
    static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            row.forEach((column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT),
                    value instanceof Timestamp t ? t.toInstant().toString() : value instanceof UUID u ? u.toString() : value));
            return plain;
        }).toList();
    }
}
