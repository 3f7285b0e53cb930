package org.backproplab.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.ExerciseInfo;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gradebook written and read back; names that break naive CSV and names that would run as formulas. */
class CsvExportTest {
    private static final List<ExerciseInfo> EXERCISES = List.of(new ExerciseInfo("sum-times-z", "Sum times z", List.of(), 1),
            new ExerciseInfo("fan-out", "Fan-out", List.of(), 2));

    private static byte[] gradebook(List<Student> students, Map<UUID, Map<String, Cell>> cells) throws IOException {
        var out = new ByteArrayOutputStream();
        GradebookCsv.write(new Overview(students, cells), EXERCISES, List.of(), List.of(), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).as("byte order mark").isEqualTo('\uFEFF');
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void roundTripKeepsCommasQuotesLineBreaksAndAccents() throws IOException {
        var tricky = new Student(UUID.randomUUID(), UUID.randomUUID(), "Zoë \"Z\" Müller, Jr.\nsecond line", "zoe");
        var plain = new Student(UUID.randomUUID(), UUID.randomUUID(), "Ada", "ada");
        byte[] bytes = gradebook(List.of(tricky, plain), Map.of(tricky.learnerId(), Map.of("fan-out", new Cell(2, 0.75, 0, false))));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> rows = read(bytes);
        assertThat(rows.get(0).values()).containsExactly("username", "name", "sum-times-z", "fan-out", "exercises started");
        assertThat(rows.get(1).values()).containsExactly("zoe", "Zoë \"Z\" Müller, Jr.\nsecond line", "", "75.0", "1");
        assertThat(rows.get(2).values()).containsExactly("ada", "Ada", "", "", "0");
        assertThat(rows).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellThatCouldRunAsAFormulaIsReadAsText(String name) throws IOException {
        var s = new Student(UUID.randomUUID(), UUID.randomUUID(), name, "mallory");
        CSVRecord row = read(gradebook(List.of(s), Map.of())).get(1);
        assertThat(row.get(1)).isEqualTo("'" + name);
    }

    @Test
    void harmlessTextIsLeftAlone() {
        assertThat(SafeCsv.text("Ada")).isEqualTo("Ada");
        assertThat(SafeCsv.text("0.25")).isEqualTo("0.25");
        assertThat(SafeCsv.text("-0.3649")).isEqualTo("-0.3649"); // a negative answer stays a number
        assertThat(SafeCsv.text("-4e-3")).isEqualTo("-4e-3");
        assertThat(SafeCsv.text("-4-1")).isEqualTo("'-4-1"); // arithmetic is not a plain number
        assertThat(SafeCsv.text("a=b")).isEqualTo("a=b");
        assertThat(SafeCsv.text("")).isEmpty();
        assertThat(SafeCsv.text(null)).isEmpty();
    }
}
