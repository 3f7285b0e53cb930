package org.backproplab.exercise.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.learner.CurrentLearner;

/** All exercises by topic, with the learner's progress and what to do next. */
@AnonymousAllowed
@Route("practice")
@Menu(order = 2, title = "Practice", icon = "vaadin:pencil")
@PageTitle("Practice — Backprop Lab")
public class PracticeView extends VerticalLayout {

    public PracticeView(PracticeService practice, ExerciseLibrary library, CurrentLearner learner) {
        addClassName("bpl-page");
        setPadding(false);
        add(new H1("Practice"));
        add(new Paragraph("Compute gradients by hand. Each exercise gives you your own numbers; every answer is "
                + "checked by the app's own autodiff engine, and a wrong one is matched against known mistakes."));
        var id = learner.id();
        var next = practice.next(id);
        var nextBox = new Div();
        nextBox.setId("next-up");
        nextBox.addClassName("bpl-start-card");
        if (next.isPresent()) {
            var s = next.get();
            nextBox.add(new Span(s.attempts() == 0 ? "Next up: " : "Worth another go: "),
                    ExerciseView.link(s.exercise().title(), s.exercise().id()));
        } else {
            nextBox.add(new Span("You have full marks on every exercise. Try the playground next."));
        }
        add(nextBox);

        var quizzes = new Div();
        quizzes.setId("quiz-list");
        quizzes.add(new H2("Quizzes"));
        library.quizzes().forEach(q -> {
            var row = new Div(QuizView.link(q.title(), q.id()),
                    new Span(" — " + q.exerciseIds().size() + " exercises. " + q.text()));
            row.addClassName("bpl-exercise-row");
            quizzes.add(row);
        });
        add(quizzes);

        Map<String, List<PracticeService.Standing>> byTopic = new LinkedHashMap<>();
        for (var s : practice.standings(id)) {
            byTopic.computeIfAbsent(s.exercise().topics().get(0), k -> new java.util.ArrayList<>()).add(s);
        }
        var list = new Div();
        list.setId("exercise-list");
        list.setWidthFull();
        byTopic.forEach((topic, standings) -> {
            list.add(new H2(practice.topics().title(topic)));
            for (var s : standings) {
                var row = new Div();
                row.addClassName("bpl-exercise-row");
                row.add(ExerciseView.link(s.exercise().title(), s.exercise().id()));
                var level = new Span("difficulty " + s.exercise().difficulty());
                level.getElement().getThemeList().add("badge contrast small");
                var status = new Span(s.attempts() == 0 ? "not tried"
                        : String.format(Locale.ROOT, "best %.2f in %d attempt%s", s.best(), s.attempts(), s.attempts() == 1 ? "" : "s"));
                status.getElement().getThemeList().add(s.mastered() ? "badge success small" : "badge small");
                row.add(level, status);
                list.add(row);
            }
        });
        add(list);
    }
}
