package org.backproplab.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.domain.Assignment;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.ExerciseInfo;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.export.AttemptLogCsv;
import org.backproplab.dashboard.export.GradebookCsv;
import org.backproplab.dashboard.service.DashboardService;

/**
 * The class overview: students × exercises (or × topics), each cell the best mark in per cent on a
 * colour scale, attempts and time on hover. The grid sends the browser only the rows in view, so a
 * class of 200 × 40 scrolls smoothly; sort by any column, filter by name, topic or assignment.
 */
@Route("dashboard/:classId")
@PageTitle("Class overview — Backprop Lab")
@RolesAllowed("TEACHER")
public class ClassOverviewView extends DashboardPage {
    static final String ALL = "All";
    private final Grid<Student> grid = new Grid<>();
    private final TextField name = new TextField("Student");
    private final RadioButtonGroup<String> by = new RadioButtonGroup<>("Columns");
    private final Select<String> topic = new Select<>();
    private final Select<Assignment> assignment = new Select<>();
    private Overview overview;
    private List<ExerciseInfo> exercises;

    ClassOverviewView(DashboardService dashboard, SignedInTeacher teacher) {
        super(dashboard, teacher);
    }

    static String path(UUID classId) {
        return "dashboard/" + classId;
    }

    @Override
    String title() {
        return "Overview";
    }

    @Override
    void draw(BeforeEnterEvent event) {
        overview = dashboard.overview(teacherId, classId);
        exercises = dashboard.exercises();
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setPlaceholder("Name");
        by.setItems("Exercises", "Topics");
        by.setValue("Exercises");
        topic.setLabel("Topic");
        List<String> topics = new ArrayList<>(List.of(ALL));
        topics.addAll(dashboard.topics().ids());
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> ALL.equals(t) ? ALL : dashboard.topics().title(t));
        topic.setValue(ALL);
        assignment.setLabel("Assignment");
        assignment.setEmptySelectionAllowed(true);
        assignment.setEmptySelectionCaption(ALL);
        assignment.setItems(dashboard.assignments(teacherId, classId));
        assignment.setItemLabelGenerator(a -> a == null ? ALL : a.title());
        name.addValueChangeListener(e -> refresh());
        by.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        assignment.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(name, by, topic, assignment);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("matrix");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // long names wrap
        grid.setAriaLabel("Best mark of each student");
        grid.setColumnReorderingAllowed(false);
        grid.setHeight("32rem");
        grid.setWidthFull();
        add(filters, legend(), grid, downloads());
        refresh();
    }

    private void refresh() {
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<Student>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", s -> StudentView.path(classId, s.accountId()))
                        .withProperty("name", Student::displayName))
                .setHeader("Student").setComparator(s -> s.displayName().toLowerCase()).setFrozen(true).setWidth("11rem").setFlexGrow(0)
                .setKey("student");
        boolean byTopic = "Topics".equals(by.getValue());
        List<ExerciseInfo> shown = exercisesShown();
        if (byTopic) {
            for (String t : dashboard.topics().ids()) {
                List<String> ids = shown.stream().filter(e -> e.topics().contains(t)).map(ExerciseInfo::id).toList();
                if (!ids.isEmpty()) {
                    column(t, dashboard.topics().title(t), s -> overview.topicCell(s, ids));
                }
            }
        } else {
            shown.forEach(e -> column(e.id(), e.title(), s -> overview.cell(s, e.id())));
        }
        grid.setItems(overview.studentsNamed(name.getValue()));
    }

    private void column(String key, String header, Function<Student, Cell> cell) {
        grid.addColumn(LitRenderer.<Student>of("<span style=\"${item.style}\">${item.text}</span>")
                        .withProperty("style", s -> MarkColours.style(MarkColours.band(cell.apply(s).band())))
                        .withProperty("text", s -> cell.apply(s).percent()))
                .setHeader(Headings.wrapping(header)).setKey(key).setComparator(s -> cell.apply(s).started() ? cell.apply(s).best() : -1)
                .setTooltipGenerator(s -> s.displayName() + ", " + header + ": " + cell.apply(s).details())
                .setTextAlign(ColumnTextAlign.CENTER).setWidth("10rem").setFlexGrow(0);
    }

    private List<ExerciseInfo> exercisesShown() {
        String t = topic.getValue();
        Assignment a = assignment.getValue();
        return exercises.stream()
                .filter(e -> t == null || ALL.equals(t) || e.topics().contains(t))
                .filter(e -> a == null || a.exerciseIds().contains(e.id()))
                .toList();
    }

    private FlexLayout legend() {
        var legend = new FlexLayout();
        legend.setId("legend");
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-s)");
        legend.add(new Span("Best mark:"));
        for (int b = 0; b < MarkColours.bands(); b++) {
            var swatch = new Span(MarkColours.label(b));
            swatch.getElement().setAttribute("style", MarkColours.style(MarkColours.band(b)));
            legend.add(swatch);
        }
        legend.add(new Span("– not started"));
        return legend;
    }

    private FlexLayout downloads() {
        UUID teacher = teacherId;
        UUID klass = classId;
        var gradebook = new Anchor((DownloadHandler) event -> {
            event.setFileName("gradebook.csv");
            event.setContentType("text/csv; charset=UTF-8");
            GradebookCsv.write(dashboard.overview(teacher, klass), dashboard.exercises(), dashboard.assignments(teacher, klass),
                    dashboard.assignmentProgress(teacher, klass), event.getOutputStream());
        }, "Download the gradebook (CSV)");
        gradebook.setId("gradebook-csv");
        var log = new Anchor((DownloadHandler) event -> {
            event.setFileName("attempts.csv");
            event.setContentType("text/csv; charset=UTF-8");
            AttemptLogCsv.write(dashboard, teacher, klass, event.getOutputStream());
        }, "Download the attempt log (CSV)");
        log.setId("attempts-csv");
        gradebook.getElement().setAttribute("download", true);
        log.getElement().setAttribute("download", true);
        var row = new FlexLayout(gradebook, log);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }
}
