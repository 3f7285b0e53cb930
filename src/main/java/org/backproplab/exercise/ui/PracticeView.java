package org.backproplab.exercise.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.link.LessonLinks;

/** All exercises by topic, with the learner's progress and what to do next. */
@AnonymousAllowed
@Route("practice")
@Menu(order = 2, title = "Practice", icon = "vaadin:pencil")
@PageTitle("Practice — Backprop Lab")
public class PracticeView extends VerticalLayout {
    private static final String ANY_TOPIC = "";
    private static final int ANY_LEVEL = 0;

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

        var standings = practice.standings(id);
        var topic = new Select<String>();
        topic.setId("topic-filter");
        topic.setLabel("Topic");
        List<String> topicIds = new ArrayList<>();
        topicIds.add(ANY_TOPIC);
        practice.topics().ids().stream()
                .filter(t -> standings.stream().anyMatch(s -> s.exercise().topics().contains(t)))
                .forEach(topicIds::add);
        topic.setItems(topicIds);
        topic.setItemLabelGenerator(t -> t.equals(ANY_TOPIC) ? "All topics" : practice.topics().title(t));
        topic.setValue(ANY_TOPIC);
        var level = new Select<Integer>();
        level.setId("difficulty-filter");
        level.setLabel("Difficulty");
        level.setItems(ANY_LEVEL, 1, 2, 3, 4, 5);
        level.setItemLabelGenerator(d -> d == ANY_LEVEL ? "Any" : d + " of 5");
        level.setValue(ANY_LEVEL);
        var filters = new HorizontalLayout(topic, level);
        filters.setWrap(true);
        add(filters);

        var list = new Div();
        list.setId("exercise-list");
        list.setWidthFull();
        Runnable show = () -> showList(list, practice, standings, topic.getValue(), level.getValue());
        topic.addValueChangeListener(e -> show.run());
        level.addValueChangeListener(e -> show.run());
        show.run();
        add(list);
    }

    /** The exercises of the chosen topic (any of an exercise's topics) and difficulty, grouped by their first topic. */
    private static void showList(Div list, PracticeService practice, List<PracticeService.Standing> standings, String topic,
            Integer level) {
        list.removeAll();
        Map<String, List<PracticeService.Standing>> byTopic = new LinkedHashMap<>();
        for (var s : standings) {
            boolean topicFits = topic.equals(ANY_TOPIC) || s.exercise().topics().contains(topic);
            boolean levelFits = level == ANY_LEVEL || s.exercise().difficulty() == level;
            if (topicFits && levelFits) {
                byTopic.computeIfAbsent(s.exercise().topics().get(0), k -> new ArrayList<>()).add(s);
            }
        }
        if (byTopic.isEmpty()) {
            list.add(new Paragraph("No exercise of this topic at this difficulty. Choose another difficulty or topic."));
        }
        byTopic.forEach((first, group) -> {
            list.add(new H2(practice.topics().title(first)));
            LessonLinks.to(first, "Learn it: " + LessonLinks.lessonTitle(first).orElse("")).ifPresent(list::add);
            for (var s : group) {
                var row = new Div();
                row.addClassName("bpl-exercise-row");
                row.add(ExerciseView.link(s.exercise().title(), s.exercise().id()));
                var badge = new Span("difficulty " + s.exercise().difficulty());
                badge.getElement().getThemeList().add("badge contrast small");
                var status = new Span(s.attempts() == 0 ? "not tried"
                        : String.format(Locale.ROOT, "best %.2f in %d attempt%s", s.best(), s.attempts(), s.attempts() == 1 ? "" : "s"));
                status.getElement().getThemeList().add(s.mastered() ? "badge success small" : "badge small");
                row.add(badge, status);
                list.add(row);
            }
        });
    }
}
