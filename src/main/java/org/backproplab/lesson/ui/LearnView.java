package org.backproplab.lesson.ui;

import java.util.Locale;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.exercise.ui.ExerciseView;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.progress.CourseService;

/** The path through the course: the lessons in order, each with its exercises and the learner's progress. */
@AnonymousAllowed
@Route("learn")
@Menu(order = 1, title = "Learn", icon = "vaadin:academy-cap")
@PageTitle("Learn backpropagation — Backprop Lab")
public class LearnView extends VerticalLayout {

    public LearnView(CourseService course, CurrentLearner learner) {
        addClassName("bpl-page");
        setPadding(false);
        var path = course.path(learner.id());
        long read = path.stream().filter(CourseService.Step::read).count();
        add(new H1("The course: how a network learns"));
        var intro = new Paragraph("Lessons in order, each short, each with a worked example before any question and the "
                + "exercises that practise it. You have read " + read + " of " + path.size() + " lessons.");
        intro.setId("course-progress");
        add(intro);
        var list = new OrderedList();
        list.setId("course-path");
        list.addClassName("bpl-path");
        for (var step : path) {
            var item = new ListItem();
            item.addClassName("bpl-path-step");
            item.setId("step-" + step.lesson().id());
            var heading = new H2();
            heading.add(LessonView.link(step.lesson().title(), step.lesson().id()));
            var state = new Span(step.read() ? "read" : "not read yet");
            state.getElement().getThemeList().add(step.read() ? "badge success small" : "badge contrast small");
            state.addClassName("bpl-read-state");
            item.add(heading, new Paragraph(step.lesson().summary()), new Div(state, new Span(" " + step.tried() + " of "
                    + step.exercises().size() + " exercises tried, " + step.mastered() + " with full marks")));
            var exercises = new Paragraph(new Text("Exercises: "));
            exercises.addClassName("bpl-path-exercises");
            for (int i = 0; i < step.exercises().size(); i++) {
                var s = step.exercises().get(i);
                exercises.add(ExerciseView.link(s.exercise().title(), s.exercise().id()));
                exercises.add(new Text((s.attempts() == 0 ? "" : String.format(Locale.ROOT, " (best %.2f)", s.best()))
                        + (i + 1 < step.exercises().size() ? ", " : ".")));
            }
            item.add(exercises);
            list.add(item);
        }
        add(list);
        add(new Paragraph(new Text("Every term has its entry in the "), new RouterLink("glossary", GlossaryView.class),
                new Text(".")));
    }
}
