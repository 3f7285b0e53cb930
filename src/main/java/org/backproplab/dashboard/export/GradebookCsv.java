package org.backproplab.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.ExerciseInfo;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.Student;

/**
 * The gradebook: one row per student, their best mark (per cent) on each exercise, empty where they
 * have not started, and the number of exercises started. Written row by row as it goes.
 */
public final class GradebookCsv {
    private GradebookCsv() {
    }

    public static void write(Overview overview, List<ExerciseInfo> exercises, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("username", "name"));
        exercises.forEach(e -> header.add(e.id()));
        header.add("exercises started");
        try (CSVPrinter csv = SafeCsv.open(out, header.toArray(String[]::new))) {
            for (Student s : overview.students()) {
                List<Object> row = new ArrayList<>(List.of(SafeCsv.text(s.username()), SafeCsv.text(s.displayName())));
                int started = 0;
                for (ExerciseInfo e : exercises) {
                    Cell c = overview.cell(s, e.id());
                    row.add(c.started() ? String.format(Locale.ROOT, "%.1f", c.best() * 100) : "");
                    started += c.started() ? 1 : 0;
                }
                row.add(started);
                csv.printRecord(row);
            }
        }
    }
}
