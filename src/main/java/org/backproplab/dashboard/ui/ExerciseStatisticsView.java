package org.backproplab.dashboard.ui;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.domain.ItemFlag;
import org.backproplab.dashboard.domain.ItemStats;
import org.backproplab.dashboard.service.DashboardService;

/** Item statistics per exercise, as Moodle's quiz report gives them, for the class or all the teacher's classes. */
@Route("dashboard/:classId/exercises")
@PageTitle("Exercise statistics — Backprop Lab")
@RolesAllowed("TEACHER")
public class ExerciseStatisticsView extends DashboardPage {
    private final Grid<ItemStats> grid = new Grid<>();
    private final RadioButtonGroup<String> over = new RadioButtonGroup<>("Students");

    ExerciseStatisticsView(DashboardService dashboard, SignedInTeacher teacher) {
        super(dashboard, teacher);
    }

    static String path(UUID classId) {
        return "dashboard/" + classId + "/exercises";
    }

    @Override
    String title() {
        return "Exercise statistics";
    }

    @Override
    void draw(BeforeEnterEvent event) {
        Map<String, String> titles = dashboard.exerciseTitles();
        over.setItems("This class", "All your classes");
        over.setValue("This class");
        grid.setId("item-statistics");
        grid.setAriaLabel("Statistics of each exercise");
        grid.addColumn(s -> titles.getOrDefault(s.exerciseId(), s.exerciseId())).setHeader("Exercise").setFrozen(true)
                .setAutoWidth(true).setSortable(true).setComparator(ItemStats::exerciseId);
        grid.addColumn(ItemStats::attempts).setHeader("Attempts").setSortable(true).setAutoWidth(true);
        grid.addColumn(ItemStats::students).setHeader("Students").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> percent(s.meanMark())).setHeader("Mean mark").setComparator(ItemStats::meanMark).setAutoWidth(true);
        grid.addColumn(s -> percent(s.firstTryMark())).setHeader("First-try mark").setComparator(ItemStats::firstTryMark).setAutoWidth(true);
        grid.addColumn(s -> percent(s.facility())).setHeader("Facility index").setComparator(ItemStats::facility).setAutoWidth(true);
        grid.addColumn(s -> s.discrimination().isPresent() ? percent(s.discrimination().getAsDouble()) : "n/a")
                .setHeader("Discrimination index").setComparator(s -> s.discrimination().orElse(-2)).setAutoWidth(true);
        grid.addColumn(s -> String.format(Locale.ROOT, "%.1f", s.meanTries())).setHeader("Mean tries").setComparator(ItemStats::meanTries)
                .setAutoWidth(true);
        grid.addColumn(s -> percent(s.hintShare())).setHeader("Hint use").setComparator(ItemStats::hintShare).setAutoWidth(true);
        grid.addColumn(s -> s.flags().stream().sorted().map(ItemFlag::label).collect(Collectors.joining(", "))).setHeader("Flags")
                .setTooltipGenerator(s -> s.flags().stream().sorted().map(ItemFlag::explanation).collect(Collectors.joining(" ")))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        over.addValueChangeListener(e -> refresh());
        add(new Paragraph("Mean mark: over every attempt. First-try mark: each student's first attempt. "
                + "Facility index: the mean of each student's best mark. "
                + "Discrimination index: how well the exercise's mark goes with the rest. "
                + "Flags, once three students have tried it: facility above 90% or below 20%, or a negative discrimination index."),
                over, grid);
        refresh();
    }

    private void refresh() {
        var stats = "This class".equals(over.getValue()) ? dashboard.statistics(teacherId, classId)
                : dashboard.statisticsOverAllClasses(teacherId);
        grid.setItems(new ArrayList<>(stats.values()));
    }
}
