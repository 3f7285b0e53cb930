package org.backproplab.classroom.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.backproplab.classroom.Assignment;
import org.backproplab.classroom.ClassMember;
import org.backproplab.classroom.ClassroomService;
import org.backproplab.classroom.SchoolClass;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.security.CurrentUser;
import org.backproplab.security.InvalidFieldException;
import org.backproplab.security.ui.Fields;
import org.backproplab.ui.component.Confirm;
import org.springframework.security.access.AccessDeniedException;

/**
 * One class, for its teachers: the join code, the students (reset a password, remove), the
 * assignments, sharing and archiving. Another teacher's class, or no class at all, is "not found":
 * the page does not even tell that the class exists.
 */
@Route("teach/class/:classId")
@PageTitle("Class — Backprop Lab")
@RolesAllowed("TEACHER")
public class ClassView extends VerticalLayout implements BeforeEnterObserver {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String PARAMETER = "classId";

    private final ClassroomService classes;
    private final ExerciseLibrary library;
    private final UUID teacherId;
    private UUID classId;

    public ClassView(ClassroomService classes, ExerciseLibrary library, CurrentUser user) {
        this.classes = classes;
        this.library = library;
        this.teacherId = user.accountId().orElseThrow();
        addClassName("bpl-page");
        setPadding(false);
    }

    static RouteParameters parameters(UUID classId) {
        return new RouteParameters(PARAMETER, classId.toString());
    }

    static RouterLink link(SchoolClass c) {
        return new RouterLink(c.name(), ClassView.class, parameters(c.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            classId = UUID.fromString(event.getRouteParameters().get(PARAMETER).orElse(""));
            classes.requireTeacherOf(teacherId, classId);
        } catch (IllegalArgumentException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draw();
    }

    private void draw() {
        removeAll();
        SchoolClass c = classes.classFor(teacherId, classId);
        var title = new H1(c.name());
        title.setId("class-title");
        add(title, new RouterLink("All my classes", TeachView.class));
        var teachers = new Paragraph("Taught by " + String.join(", ", classes.teacherNames(teacherId, classId))
                + (c.archived() ? ". This class is archived." : "."));
        teachers.setId("class-teachers");
        add(teachers);
        add(codeSection(c), studentsSection(), assignmentsSection(), shareSection(), archiveSection(c));
    }

    private Component codeSection(SchoolClass c) {
        var section = new Div(new H2("Join code"));
        var code = new Paragraph(c.code().map(k -> "Students join with this code, when they register or later on My account:")
                .orElse(c.archived() ? "An archived class takes no one new." : "Joining is switched off."));
        code.setId("class-code");
        section.add(code);
        if (c.code().isPresent()) {
            var codeValue = new Span(c.joinCode());
            codeValue.setId("class-code-value");
            codeValue.addClassName("bpl-join-code");
            section.add(codeValue);
        }
        if (!c.archived()) {
            var regenerate = new Button(c.code().isPresent() ? "New code" : "Open joining with a new code", e -> {
                classes.regenerateCode(teacherId, classId);
                draw();
            });
            regenerate.setId("code-regenerate");
            var off = new Button("Switch joining off", e -> {
                classes.switchOffCode(teacherId, classId);
                draw();
            });
            off.setId("code-off");
            off.setEnabled(c.code().isPresent());
            var row = new HorizontalLayout(regenerate, off);
            row.setWrap(true);
            section.add(row);
        }
        return section;
    }

    private Component studentsSection() {
        var section = new Div(new H2("Students"));
        section.setWidthFull(); // the grid scrolls inside the screen, not the page past it
        List<ClassMember> members = classes.members(teacherId, classId);
        if (members.isEmpty()) {
            section.add(new Paragraph("No student has joined yet."));
            return section;
        }
        var grid = new Grid<ClassMember>();
        grid.setId("class-members");
        grid.setWidthFull();
        // Two columns, each free to wrap, so that the actions stay on a phone's screen.
        grid.addComponentColumn(ClassView::member).setHeader("Student").setFlexGrow(1);
        grid.addComponentColumn(this::memberActions).setHeader("Actions").setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    /** The student's name, and their user name below it. */
    private static Component member(ClassMember m) {
        var name = new Span(m.displayName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var username = new Span(m.username());
        username.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
        var box = new Div(name, username);
        box.getStyle().set("overflow-wrap", "anywhere");
        return box;
    }

    private Component memberActions(ClassMember m) {
        var reset = new Button("Reset password", e -> Confirm.ask("Reset the password of " + m.displayName() + "?",
                m.displayName() + " will no longer be able to log in with their password: you give them a one-time password, "
                        + "and they choose a new one at their next login.", "Reset password", () -> {
            String password = classes.resetPassword(teacherId, classId, m.accountId());
            var dialog = new Dialog();
            dialog.setHeaderTitle("New password for " + m.displayName());
            var shown = new Paragraph(password);
            shown.setId("reset-password-value");
            shown.addClassName("bpl-join-code");
            dialog.add(new Paragraph("Give " + m.displayName() + " this one-time password. They choose their own at the next login; "
                    + "it is not shown again."), shown);
            var close = new Button("Done", c -> dialog.close());
            close.setId("reset-password-close");
            dialog.getFooter().add(close);
            dialog.open();
        }));
        reset.setId("reset-" + m.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var remove = new Button("Remove", e -> Confirm.ask("Remove " + m.displayName() + " from the class?",
                "Their own work stays theirs; they can join again with the code.", "Remove", () -> {
                    classes.removeStudent(teacherId, classId, m.accountId());
                    draw();
                }));
        remove.setId("remove-" + m.username());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(reset, remove);
        row.setWrap(true);
        return row;
    }

    private Component assignmentsSection() {
        var section = new Div(new H2("Assignments"));
        var list = new Div();
        list.setId("class-assignments");
        for (Assignment a : classes.assignments(teacherId, classId)) {
            var row = new Div(new Span(a.title()), new Span(" — " + describe(a, library)
                    + a.due().map(d -> ", due " + DAY.format(d)).orElse("")));
            row.addClassName("bpl-exercise-row");
            var delete = new Button("Delete", e -> Confirm.ask("Delete the assignment " + a.title() + "?",
                    "Students no longer see it; their work stays.", "Delete", () -> {
                        classes.deleteAssignment(teacherId, classId, a.id());
                        draw();
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(delete);
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph("Nothing set yet."));
        }

        var title = new TextField("Title");
        title.setId("assignment-title");
        title.setMaxLength(ClassroomService.TITLE_MAX);
        var quiz = new Select<Quiz>();
        quiz.setId("assignment-quiz");
        quiz.setLabel("A quiz");
        quiz.setEmptySelectionAllowed(true);
        quiz.setEmptySelectionCaption("(no quiz)");
        quiz.setItems(library.quizzes().stream().sorted(Comparator.comparing(Quiz::title)).toList());
        // A quiz picked with no title yet names the assignment after it; a title typed stays.
        quiz.addValueChangeListener(e -> {
            if (e.getValue() != null && (title.isEmpty() || e.getOldValue() != null && title.getValue().equals(e.getOldValue().title()))) {
                title.setValue(e.getValue().title());
            }
        });
        quiz.setItemLabelGenerator(q -> q == null ? "(no quiz)" : q.title());
        var exercises = new MultiSelectComboBox<Exercise>("Or exercises");
        exercises.setId("assignment-exercises");
        exercises.setItems(library.exercises().stream().sorted(Comparator.comparing(Exercise::title)).toList());
        exercises.setItemLabelGenerator(Exercise::title);
        var due = new DatePicker("Due (optional)");
        due.setId("assignment-due");
        due.setMin(LocalDate.now(ZoneOffset.UTC)); // work is due at the end of a day, UTC; the service refuses a past one
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("title", title, "work", exercises, "due", due);
        var assign = new Button("Assign", e -> {
            Fields.clear(fields);
            try {
                classes.assign(teacherId, classId, title.getValue(), quiz.getValue() == null ? null : quiz.getValue().id(),
                        exercises.getValue().stream().map(Exercise::id).toList(),
                        due.getValue() == null ? null : due.getValue().atTime(LocalTime.of(23, 59)).toInstant(ZoneOffset.UTC));
                draw();
            } catch (InvalidFieldException refused) {
                Fields.show(refused, fields);
            }
        });
        assign.setId("assignment-create");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(title, quiz, exercises, due, assign);
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        section.add(list, new com.vaadin.flow.component.html.H3("Set new work"), form);
        return section;
    }

    static String describe(Assignment a, ExerciseLibrary library) {
        if (a.quiz().isPresent()) {
            return "quiz " + library.quiz(a.quizId()).map(Quiz::title).orElse(a.quizId());
        }
        int n = a.exerciseIds().size();
        return n + (n == 1 ? " exercise" : " exercises");
    }

    private Component shareSection() {
        var username = new TextField("Another teacher's user name");
        username.setId("share-username");
        username.setMaxLength(40);
        var share = new Button("Share the class", e -> {
            try {
                classes.share(teacherId, classId, username.getValue());
                draw();
            } catch (InvalidFieldException refused) {
                Fields.show(refused, Map.of("teacher", username));
            }
        });
        share.setId("share-submit");
        var row = new HorizontalLayout(username, share);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H2("Share"), new Paragraph("A teacher you share the class with sees and manages it as you do."), row);
    }

    private Component archiveSection(SchoolClass c) {
        var archive = new Button(c.archived() ? "Bring the class back" : "Archive the class", e -> {
            classes.setArchived(teacherId, classId, !c.archived());
            draw();
        });
        archive.setId("class-archive");
        return new Div(new H2("Archive"), new Paragraph("An archived class keeps its data, takes no one new and leaves "
                + "its students' start pages."), archive);
    }
}
