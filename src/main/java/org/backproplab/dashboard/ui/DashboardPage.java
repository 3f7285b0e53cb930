package org.backproplab.dashboard.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.dashboard.service.DashboardService;
import org.backproplab.dashboard.service.NotYourClassException;

/**
 * What every page of a class's dashboard shares: the class id read from the address and checked
 * against the teacher's classes, the heading, and the links between the pages. A forged or foreign
 * class id gets the not-found page, the same for both.
 */
abstract class DashboardPage extends VerticalLayout implements BeforeEnterObserver {
    static final String CLASS = "classId";
    protected final DashboardService dashboard;
    private final SignedInTeacher teacher;
    protected UUID teacherId;
    protected UUID classId;
    protected String className;

    DashboardPage(DashboardService dashboard, SignedInTeacher teacher) {
        this.dashboard = dashboard;
        this.teacher = teacher;
        addClassName("bpl-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<UUID> id = teacher.id();
        Optional<UUID> klass = event.getRouteParameters().get(CLASS).flatMap(DashboardPage::uuid);
        if (id.isEmpty()) {
            add(new H1("Teacher dashboard"), new Paragraph("Sign in with a teacher's account to see your classes."));
            return;
        }
        teacherId = id.get();
        try {
            classId = klass.orElseThrow(NotYourClassException::new);
            className = dashboard.className(teacherId, classId);
        } catch (NotYourClassException e) {
            // The same answer as an address no route matches: nothing tells a foreign class from a made-up one.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        add(new H1(title() + " — " + className), navigation());
        draw(event);
    }

    /** The page's own heading, before the class's name. */
    abstract String title();

    /** Draws the page for {@link #teacherId} and {@link #classId}, both checked. */
    abstract void draw(BeforeEnterEvent event);

    private FlexLayout navigation() {
        var nav = new FlexLayout(new RouterLink("Your classes", ClassesView.class),
                new Anchor(ClassOverviewView.path(classId), "Overview"),
                new Anchor(ExerciseStatisticsView.path(classId), "Exercise statistics"),
                new Anchor(MistakeHeatMapView.path(classId), "Mistakes"),
                new Anchor(AssignmentsView.path(classId), "Assignments"));
        nav.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        nav.getStyle().set("gap", "var(--lumo-space-m)");
        nav.getElement().setAttribute("aria-label", "Class dashboard");
        nav.getElement().setAttribute("role", "navigation");
        return nav;
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
