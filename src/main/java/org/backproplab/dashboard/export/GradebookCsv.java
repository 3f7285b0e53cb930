package org.backproplab.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVPrinter;
import org.backproplab.dashboard.domain.Assignment;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.ExerciseInfo;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.domain.StudentProgress;

/**
 * The gradebook: one row per student, their best mark (per cent) on each exercise, empty where they
 * have not started, the number of exercises started, and where they stand on each assignment of the
 * class (for a quiz they finished, with the mark of their best finished attempt). Written row by row.
 */
public final class GradebookCsv {
    private GradebookCsv() {
    }

    public static void write(Overview overview, List<ExerciseInfo> exercises, List<Assignment> assignments,
            List<StudentProgress> progress, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("username", "name"));
        exercises.forEach(e -> header.add(e.id()));
        header.add("exercises started");
        assignments.forEach(a -> header.add("assignment: " + a.title()));
        Map<UUID, StudentProgress> byStudent = new HashMap<>();
        progress.forEach(p -> byStudent.put(p.student().accountId(), p));
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
                var standing = byStudent.get(s.accountId());
                for (Assignment a : assignments) {
                    row.add(standing == null ? "" : standing(standing, a));
                }
                csv.printRecord(row);
            }
        }
    }

    /** "Done", "Started"... and, for a quiz finished, its best mark: "Done (2.75 of 4)". */
    private static String standing(StudentProgress p, Assignment a) {
        var state = p.states().get(a.id());
        if (state == null) {
            return "";
        }
        Double mark = p.quizMarks().get(a.id());
        return mark == null ? state.label()
                : String.format(Locale.ROOT, "%s (%s of %d)", state.label(), SafeCsv.number(mark), a.exerciseIds().size());
    }
}
