package org.backproplab.classroom.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.backproplab.classroom.ClassroomService;
import org.backproplab.classroom.SchoolClass;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;
import org.backproplab.security.ui.Fields;

/** A teacher's classes, and a new one. */
@Route("teach")
@PageTitle("My classes — Backprop Lab")
@Menu(order = 10, title = "My classes", icon = "vaadin:group")
@RolesAllowed("TEACHER")
public class TeachView extends VerticalLayout {
    private final ClassroomService classes;
    private final Div list = new Div();
    private final java.util.UUID teacherId;

    public TeachView(ClassroomService classes, CurrentUser user) {
        this.classes = classes;
        this.teacherId = user.accountId().orElseThrow();
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("My classes"));

        var name = new TextField("Name of a new class");
        name.setId("class-name");
        name.setMaxLength(ClassroomService.NAME_MAX);
        var create = new Button("Create class", e -> {
            try {
                var created = classes.createClass(teacherId, name.getValue());
                name.clear();
                name.setInvalid(false);
                getUI().ifPresent(ui -> ui.navigate(ClassView.class, ClassView.parameters(created.id())));
            } catch (InvalidFieldException refused) {
                Fields.show(refused, Map.of("name", name));
            }
        });
        create.setId("class-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(name, create);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        list.setId("class-list");
        list.setWidthFull();
        add(row, new H2("Classes"), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var taught = classes.classesTaughtBy(teacherId);
        if (taught.isEmpty()) {
            list.add(new Paragraph("No class yet: create one above, then give your students its join code."));
        }
        for (SchoolClass c : taught) {
            var entry = new Div(ClassView.link(c));
            entry.addClassName("bpl-exercise-row");
            var status = new Span(c.archived() ? "archived" : c.code().map(code -> "join code " + code).orElse("joining switched off"));
            status.getElement().getThemeList().add(c.archived() ? "badge contrast small" : "badge small");
            entry.add(status);
            list.add(entry);
        }
    }
}
