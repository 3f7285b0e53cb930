package org.backproplab.exercise.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.quiz.QuizSummary;
import org.backproplab.learner.CurrentLearner;

/** A quiz: its exercises one after another, then a summary of marks, mistakes and what to review. */
@Route("practice/quiz/:id")
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practice;
    private final ExerciseLibrary library;
    private final CurrentLearner learner;
    private Quiz quiz;
    private int index;
    /** The last graded attempt of each exercise in this run of the quiz. */
    private final Map<String, Grade> grades = new LinkedHashMap<>();

    public QuizView(PracticeService practice, ExerciseLibrary library, CurrentLearner learner) {
        this.practice = practice;
        this.library = library;
        this.learner = learner;
        addClassName("bpl-page");
        setPadding(false);
    }

    /** A link to this page for one quiz. */
    public static RouterLink link(String text, String id) {
        return new RouterLink(text, QuizView.class, new RouteParameters("id", id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteId.find(event, library::quiz);
        if (found.isEmpty()) {
            return;
        }
        quiz = found.get();
        index = 0;
        grades.clear();
        show();
    }

    @Override
    public String getPageTitle() {
        return (quiz == null ? "Quiz" : quiz.title()) + " — Backprop Lab";
    }

    private void show() {
        removeAll();
        add(new RouterLink("← All exercises", PracticeView.class));
        if (index >= quiz.exerciseIds().size()) {
            summary();
            return;
        }
        String exerciseId = quiz.exerciseIds().get(index);
        var progress = new Paragraph("Quiz “" + quiz.title() + "”: exercise " + (index + 1) + " of " + quiz.exerciseIds().size());
        progress.setId("quiz-progress");
        var next = new Button(index + 1 < quiz.exerciseIds().size() ? "Next exercise" : "Finish and see the summary", e -> {
            index++;
            show();
        });
        next.setId("quiz-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(grades.containsKey(exerciseId));
        var skip = new Button("Skip", e -> {
            index++;
            show();
        });
        skip.setId("quiz-skip");
        var session = practice.open(learner.id(), exerciseId).orElseThrow();
        var form = new ExerciseForm(practice, learner, session, grade -> {
            grades.put(exerciseId, grade);
            next.setEnabled(true);
        }, false);
        add(progress, form, new Div(next, skip));
    }

    private void summary() {
        add(new H1("Quiz summary: " + quiz.title()));
        var result = QuizSummary.of(quiz, id -> library.exercise(id).orElseThrow(), grades);
        var totalText = new Paragraph(String.format(Locale.ROOT, "Total: %.2f of %d.", result.total(), result.outOf()));
        totalText.setId("quiz-total");
        var grid = new Grid<QuizSummary.Row>();
        grid.setId("quiz-summary");
        grid.addColumn(r -> r.exercise().title()).setHeader("Exercise").setFlexGrow(2);
        grid.addColumn(r -> r.skipped() ? "skipped" : String.format(Locale.ROOT, "%.2f", r.grade().mark())).setHeader("Mark");
        grid.addColumn(r -> r.mistakes().isEmpty() ? "—" : String.join("; ", r.mistakes())).setHeader("Mistakes found").setFlexGrow(3);
        grid.setItems(result.rows());
        grid.setAllRowsVisible(true);
        add(totalText, grid);
        var reviewBox = new Div();
        reviewBox.setId("quiz-review");
        var review = result.topicsToReview();
        if (review.isEmpty()) {
            reviewBox.add(new Paragraph("Everything right: nothing to review. Try the next quiz."));
        } else {
            reviewBox.add(new H2("What to review"));
            var list = new UnorderedList();
            review.forEach(t -> list.add(new ListItem(library.topics().title(t))));
            reviewBox.add(list, new Paragraph("Each exercise of the quiz stays on the Practice page, with fresh numbers."));
        }
        var again = new Button("Take the quiz again", e -> {
            index = 0;
            grades.clear();
            show();
        });
        again.setId("quiz-again");
        add(reviewBox, again);
    }
}
