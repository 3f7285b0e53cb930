package org.backproplab.dashboard.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.domain.AttemptRecord;
import org.backproplab.dashboard.domain.PartRecord;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.service.DashboardService;
import org.backproplab.flashcard.review.Activity;
import org.backproplab.ui.chart.ChartOptions;
import org.backproplab.ui.chart.ChartTable;
import org.backproplab.ui.chart.EChart;

/**
 * One student in full: a chart of their marks over time (with a table alternative), then every
 * attempt with the variant's values, the answers given, the mark and verdict of each part, the
 * mistakes named, hints, time and whether the worked solution was seen.
 */
@Route("dashboard/:classId/student/:studentId")
@PageTitle("Student — Backprop Lab")
@RolesAllowed("TEACHER")
public class StudentView extends DashboardPage {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    StudentView(DashboardService dashboard, SignedInTeacher teacher) {
        super(dashboard, teacher);
    }

    static String path(UUID classId, UUID studentId) {
        return "dashboard/" + classId + "/student/" + studentId;
    }

    @Override
    String title() {
        return "Student";
    }

    @Override
    void draw(BeforeEnterEvent event) {
        var student = event.getRouteParameters().get("studentId").flatMap(DashboardPage::uuid)
                .flatMap(id -> dashboard.student(teacherId, classId, id));
        if (student.isEmpty()) {
            removeAll();
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Student s = student.get();
        List<AttemptRecord> attempts = dashboard.attempts(teacherId, classId, s.accountId());
        add(new H2(s.displayName() + " (" + s.username() + ")"));
        if (attempts.isEmpty()) {
            add(new Paragraph("No attempts yet."));
        } else {
            long exercises = attempts.stream().map(AttemptRecord::exerciseId).distinct().count();
            long inQuizzes = attempts.stream().filter(a -> a.quizId() != null).count();
            add(new Paragraph(attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts") + " on " + exercises
                    + (exercises == 1 ? " exercise" : " exercises")
                    + (inQuizzes == 0 ? "" : ", " + inQuizzes + " of them in quizzes") + "."));
            add(chart(attempts));
            add(grid(attempts));
        }
        dashboard.flashcards(teacherId, classId, s.accountId()).ifPresent(this::flashcards);
    }

    /** The student's flashcard work in a few lines: recent reviews, retention, where the cards stand, mistakes turned into cards. */
    private void flashcards(Activity a) {
        var box = new Div();
        box.setId("flashcard-activity");
        box.add(new H3("Flashcards"));
        if (a.lastReview() == null && a.mistakeCards().isEmpty()) {
            box.add(new Paragraph("No flashcard reviews yet."));
            add(box);
            return;
        }
        box.add(new Paragraph(a.reviews() + (a.reviews() == 1 ? " review" : " reviews") + " in the last 30 days"
                + (a.lastReview() == null ? "" : "; last review " + TIME.format(a.lastReview()) + " UTC") + "."));
        box.add(new Paragraph(a.retention() == null ? "No reviews of learned cards in the last 30 days, so no retention yet."
                : String.format(Locale.ROOT, "Remembered %d of %d reviews of learned cards (true retention %.0f %%).",
                        a.remembered(), a.learnedReviews(), 100 * a.retention())));
        box.add(new Paragraph(a.learning() + (a.learning() == 1 ? " card" : " cards") + " in learning, " + a.inReview() + " in long-term review, " + a.dueNow() + " due now."));
        box.add(new Paragraph(a.mistakeCards().isEmpty() ? "No mistake cards in their deck."
                : "Mistake cards in their deck: " + a.mistakeCards().stream().map(c -> c + " " + DashboardService.mistakeTitle(c))
                        .collect(Collectors.joining("; ")) + "."));
        add(box);
    }

    private VerticalLayout chart(List<AttemptRecord> attempts) {
        List<AttemptRecord> oldestFirst = new ArrayList<>(attempts);
        oldestFirst.sort(Comparator.comparing(AttemptRecord::createdAt).thenComparingLong(AttemptRecord::id));
        List<double[]> marks = new ArrayList<>();
        List<double[]> running = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < oldestFirst.size(); i++) {
            double mark = oldestFirst.get(i).fraction() * 100;
            sum += mark;
            marks.add(new double[] {i + 1, mark});
            running.add(new double[] {i + 1, sum / (i + 1)});
        }
        var option = ChartOptions.xy("Marks over time", "attempt", "mark (%)");
        // Attempts are counted: whole numbers on the axis, even for a single attempt; marks run 0–100 %.
        option.with("xAxis").put("min", 1).put("max", Math.max(2, oldestFirst.size())).put("minInterval", 1);
        option.with("yAxis").put("min", 0).put("max", 100);
        ChartOptions.line(option, "mark", marks).put("showSymbol", true);
        ChartOptions.line(option, "running mean", running);
        var chart = new EChart();
        chart.setId("progress-chart");
        chart.setWidthFull();
        chart.setHeight("16rem");
        chart.setOption(option);
        chart.getElement().setAttribute("aria-label", "Chart of the student's marks, attempt by attempt");
        var box = new VerticalLayout(chart, new ChartTable(chart, "The marks as a table"));
        box.setPadding(false);
        return box;
    }

    private Grid<AttemptRecord> grid(List<AttemptRecord> attempts) {
        var grid = new Grid<AttemptRecord>();
        grid.setId("attempts");
        grid.setAriaLabel("Attempts, newest first");
        grid.addColumn(a -> TIME.format(a.createdAt())).setHeader("Time (UTC)").setAutoWidth(true);
        var titles = dashboard.exerciseTitles();
        grid.addColumn(a -> titles.getOrDefault(a.exerciseId(), a.exerciseId())).setHeader("Exercise").setAutoWidth(true);
        grid.addColumn(a -> a.quizId() == null ? "practice" : "quiz " + dashboard.quizTitle(a.quizId())).setHeader("In").setKey("in").setAutoWidth(true);
        grid.addColumn(a -> number(a.mark()) + " / " + number(a.maxMark())).setHeader("Mark").setAutoWidth(true);
        grid.addColumn(a -> a.parts().stream().map(PartRecord::mistakeCode).filter(c -> c != null).collect(Collectors.joining(", ")))
                .setHeader("Mistakes").setAutoWidth(true);
        grid.addColumn(AttemptRecord::hintsUsed).setHeader("Hints").setAutoWidth(true);
        grid.addColumn(a -> Math.round(a.durationMs() / 1000.0) + " s").setHeader("Time taken").setAutoWidth(true);
        grid.addColumn(a -> a.solutionSeen() ? "yes" : "no").setHeader("Solution seen").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(StudentView::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(attempts);
        grid.setAllRowsVisible(attempts.size() <= 20);
        grid.setHeight(attempts.size() <= 20 ? null : "32rem");
        return grid;
    }

    /** What an opened attempt shows: the values drawn, and each part's answer, verdict, mark and mistake. */
    static VerticalLayout details(AttemptRecord a) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("attempt-details");
        String values = a.values().entrySet().stream().map(e -> e.getKey() + " = " + number(e.getValue()))
                .collect(Collectors.joining(", "));
        box.add(new Paragraph("Values: " + (values.isEmpty() ? "none" : values)));
        for (PartRecord p : a.parts()) {
            String mistake = p.mistakeCode() == null ? "" : " — mistake " + p.mistakeCode() + ": " + DashboardService.mistakeTitle(p.mistakeCode());
            box.add(new Span(p.partId() + ": answered “" + p.answer() + "”, " + p.status().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", " + number(p.mark()) + " marks" + mistake));
        }
        return box;
    }

    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e12 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.4g", x);
    }
}
