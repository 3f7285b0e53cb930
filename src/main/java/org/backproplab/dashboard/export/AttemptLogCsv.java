package org.backproplab.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.commons.csv.CSVPrinter;
import org.backproplab.dashboard.service.AttemptLogRow;
import org.backproplab.dashboard.service.DashboardService;

/**
 * The attempt log: one row per part of every attempt of the class, oldest first. Rows go to the
 * output as the database hands them over, so a large class never sits in memory.
 */
public final class AttemptLogCsv {
    static final String[] HEADER = {"attempt", "time", "username", "name", "exercise", "quiz", "attempt mark", "max mark", "hints",
        "solution seen", "seconds", "part", "answer", "status", "part mark", "mistake"};

    private AttemptLogCsv() {
    }

    public static void write(DashboardService dashboard, UUID teacher, UUID classId, OutputStream out) throws IOException {
        try (CSVPrinter csv = SafeCsv.open(out, HEADER)) {
            try {
                dashboard.eachAttemptPart(teacher, classId, row -> print(csv, row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static void print(CSVPrinter csv, AttemptLogRow r) {
        try {
            csv.printRecord(r.attemptId(), r.createdAt().toString(), SafeCsv.text(r.username()), SafeCsv.text(r.displayName()),
                    SafeCsv.text(r.exerciseId()), SafeCsv.text(r.quizId()), SafeCsv.number(r.attemptMark()), SafeCsv.number(r.maxMark()),
                    r.hintsUsed(), r.solutionSeen(), SafeCsv.number(r.durationMs() / 1000.0),
                    SafeCsv.text(r.partId()), SafeCsv.text(r.answer()), SafeCsv.text(r.status()), r.partId() == null ? "" : SafeCsv.number(r.partMark()),
                    SafeCsv.text(r.mistakeCode()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
