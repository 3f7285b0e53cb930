package org.backproplab.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.backproplab.dashboard.service.DashboardService;

/** The teacher's classes, each leading to its dashboard. */
@Route("dashboard")
@Menu(order = 6, title = "Dashboard", icon = "vaadin:chart-grid")
@PageTitle("Dashboard — Backprop Lab")
@RolesAllowed("TEACHER")
public class ClassesView extends VerticalLayout implements BeforeEnterObserver {
    private final DashboardService dashboard;
    private final SignedInTeacher teacher;

    ClassesView(DashboardService dashboard, SignedInTeacher teacher) {
        this.dashboard = dashboard;
        this.teacher = teacher;
        addClassName("bpl-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Teacher dashboard"));
        var id = teacher.id();
        if (id.isEmpty()) {
            add(new Paragraph("Sign in with a teacher's account to see your classes."));
            return;
        }
        var classes = dashboard.classes(id.get());
        if (classes.isEmpty()) {
            add(new Paragraph("You teach no class yet. Create one, and its progress shows here."));
            return;
        }
        var list = new UnorderedList();
        list.setId("classes");
        classes.forEach(c -> list.add(new ListItem(new Anchor(ClassOverviewView.path(c.id()), c.name()),
                new Paragraph(c.students() + (c.students() == 1 ? " student" : " students")))));
        add(new Paragraph("Who is stuck, on what, and which mistake the class keeps making."), list);
    }
}
