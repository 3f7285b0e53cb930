package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Copies the answers and results of attempts stored before attempt_part existed, one row per part.
 * In Java because the old columns hold JSON, which H2 and PostgreSQL cannot both take apart in SQL.
 * A part's mark is its share of the attempt's maximum when it counted (the shares were equal).
 * Flyway finds this class on its location, classpath:db/migration, as it finds the SQL files.
 */
public class V2026_11_29_0421__Copy_answers_to_attempt_parts extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> BY_PART = new TypeReference<>() { };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, Map<String, String>> mistakes = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT attempt_id, part_id, code FROM attempt_mistake")) {
            while (rs.next()) {
                mistakes.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, answers, results, max_mark FROM attempt");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO attempt_part "
                        + "(attempt_id, part_index, part_id, answer, status, mark, mistake_code) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                Map<String, String> answers = JSON.readValue(rs.getString("answers"), BY_PART);
                Map<String, String> results = JSON.readValue(rs.getString("results"), BY_PART);
                double share = answers.isEmpty() ? 0 : rs.getDouble("max_mark") / answers.size();
                int index = 0;
                for (var answer : answers.entrySet()) {
                    String status = results.getOrDefault(answer.getKey(), "WRONG");
                    insert.setLong(1, id);
                    insert.setInt(2, index++);
                    insert.setString(3, answer.getKey());
                    insert.setString(4, answer.getValue());
                    insert.setString(5, status);
                    insert.setDouble(6, status.equals("WRONG") ? 0 : share);
                    insert.setString(7, mistakes.getOrDefault(id, Map.of()).get(answer.getKey()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
