package org.backproplab.classroom.ui;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import org.backproplab.classroom.Assignment;
import org.backproplab.classroom.ClassroomService;
import org.backproplab.classroom.SchoolClass;
import org.backproplab.classroom.StudentWork;
import org.backproplab.dashboard.domain.AssignmentState;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.security.CurrentUser;
import org.backproplab.ui.component.HomePanel;
import org.springframework.core.annotation.Order;

/** On a student's start page: what their classes have set them, soonest due first, with links to the work. */
@org.springframework.stereotype.Component
@Order(20)
class AssignmentsPanel implements HomePanel {
    private final ClassroomService classes;
    private final ExerciseLibrary library;
    private final CurrentUser user;
    private final StudentWork work;
    private final Clock clock;

    AssignmentsPanel(ClassroomService classes, ExerciseLibrary library, CurrentUser user, StudentWork work, Clock clock) {
        this.classes = classes;
        this.library = library;
        this.user = user;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Optional<Component> panel(UUID learnerId) {
        if (!user.hasRole("STUDENT")) {
            return Optional.empty();
        }
        var assignments = classes.assignmentsFor(user.accountId().orElseThrow());
        var panel = new Div(new H2("Your assignments"));
        panel.setId("my-assignments");
        panel.addClassName("bpl-start-card");
        if (assignments.isEmpty()) {
            var mine = classes.classesOf(user.accountId().orElseThrow());
            panel.add(new Span(mine.isEmpty()
                    ? "You are in no class yet: join one with your teacher's code on My account."
                    : "You are in " + mine.stream().map(SchoolClass::name).collect(java.util.stream.Collectors.joining(", "))
                            + ": nothing is set for you right now."));
        }
        Set<String> attempted = assignments.isEmpty() ? Set.of() : work.exercisesAttempted(learnerId);
        for (Assignment a : assignments) {
            var row = new Div();
            row.addClassName("bpl-exercise-row");
            // The same rule as the teacher's assignment page, so that both say the same.
            AssignmentState state = a.quiz().isPresent()
                    ? AssignmentState.ofQuiz(work.quizBegun(learnerId, a.quizId()), work.quizFinished(learnerId, a.quizId()), a.dueAt(), clock.instant())
                    : AssignmentState.of(new HashSet<>(a.exerciseIds()), attempted, a.dueAt(), clock.instant());
            var badge = new Span(state.label());
            badge.addClassName("bpl-assignment-state");
            badge.getElement().setAttribute("data-state", state.name().toLowerCase(java.util.Locale.ROOT));
            badge.getElement().getThemeList().add(switch (state) {
                case DONE -> "badge success small";
                case OVERDUE -> "badge error small";
                default -> "badge small";
            });
            row.add(badge);
            row.add(new Span(a.title() + " (" + a.className() + ")"
                    + a.due().map(d -> " — due " + ClassView.DAY.format(d)).orElse(" — no due date") + ": "));
            if (a.quiz().isPresent()) {
                row.add(new Anchor("practice/quiz/" + a.quizId(), ClassView.describe(a, library)));
            } else {
                for (String id : a.exerciseIds()) {
                    library.exercise(id).ifPresent(e -> row.add(new Anchor("practice/exercise/" + id, e.title()), new Span(" ")));
                }
            }
            panel.add(row);
        }
        return Optional.of(panel);
    }
}
