package org.backproplab.dashboard.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.domain.Assignment;
import org.backproplab.dashboard.domain.AssignmentState;
import org.backproplab.dashboard.domain.StudentProgress;
import org.backproplab.dashboard.service.DashboardService;

/** Each assignment's progress per student: done, started, not started or overdue, with counts. */
@Route("dashboard/:classId/assignments")
@PageTitle("Assignments — Backprop Lab")
@RolesAllowed("TEACHER")
public class AssignmentsView extends DashboardPage {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    AssignmentsView(DashboardService dashboard, SignedInTeacher teacher) {
        super(dashboard, teacher);
    }

    static String path(UUID classId) {
        return "dashboard/" + classId + "/assignments";
    }

    @Override
    String title() {
        return "Assignments";
    }

    @Override
    void draw(BeforeEnterEvent event) {
        List<Assignment> assignments = dashboard.assignments(teacherId, classId);
        if (assignments.isEmpty()) {
            add(new Paragraph("No assignments set for this class yet."));
            return;
        }
        List<StudentProgress> progress = dashboard.assignmentProgress(teacherId, classId);
        for (Assignment a : assignments) {
            StringBuilder line = new StringBuilder(a.title()).append(a.dueAt() == null ? " (no due date)" : " (due " + DUE.format(a.dueAt()) + ")")
                    .append(": ");
            for (AssignmentState state : AssignmentState.values()) {
                long n = progress.stream().filter(p -> p.states().get(a.id()) == state).count();
                line.append(n).append(' ').append(state.label().toLowerCase(Locale.ROOT)).append(state.ordinal() < 3 ? ", " : "");
            }
            var marks = progress.stream().map(p -> p.quizMarks().get(a.id())).filter(m -> m != null).toList();
            if (!marks.isEmpty()) {
                line.append(String.format(Locale.ROOT, "; quiz mark %.2f / %d on average over %d finished", marks.stream()
                        .mapToDouble(Double::doubleValue).average().orElse(0), a.exerciseIds().size(), marks.size()));
            }
            var summary = new Paragraph(line.toString());
            summary.addClassName("assignment-summary");
            add(summary);
        }
        var grid = new Grid<StudentProgress>();
        grid.setId("assignment-progress");
        grid.setAriaLabel("Each student's progress on each assignment");
        grid.addColumn(p -> p.student().displayName()).setHeader("Student").setFrozen(true).setAutoWidth(true)
                .setComparator(p -> p.student().displayName());
        for (Assignment a : assignments) {
            grid.addColumn(p -> cell(p, a)).setHeader(a.title()).setAutoWidth(true)
                    .setComparator(p -> p.states().get(a.id()).ordinal() * 1000.0 - p.quizMarks().getOrDefault(a.id(), 0.0));
        }
        grid.setItems(progress);
        grid.setHeight("28rem");
        add(grid);
    }

    /** The state, and for a finished quiz its mark ("Done · 2.50 / 3"). */
    static String cell(StudentProgress p, Assignment a) {
        Double mark = p.quizMarks().get(a.id());
        return p.states().get(a.id()).label() + (mark == null ? "" : String.format(Locale.ROOT, " · %.2f / %d", mark, a.exerciseIds().size()));
    }
}
