package org.backproplab.exercise.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Quiz;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.ui.ExerciseForm;
import org.backproplab.exercise.ui.RouteId;
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
        add(new Anchor("practice", "← All exercises"));
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
        record Row(String title, String mark, String mistakes) {
        }
        List<Row> rows = new ArrayList<>();
        double total = 0;
        Set<String> review = new LinkedHashSet<>();
        for (String id : quiz.exerciseIds()) {
            Exercise exercise = library.exercise(id).orElseThrow();
            Grade grade = grades.get(id);
            if (grade == null) {
                rows.add(new Row(exercise.title(), "skipped", "—"));
                review.addAll(exercise.topics());
                continue;
            }
            total += grade.mark();
            List<String> named = grade.parts().stream().filter(p -> p.mistake() != null)
                    .map(p -> p.mistake().title()).distinct().toList();
            rows.add(new Row(exercise.title(), String.format(Locale.ROOT, "%.2f", grade.mark()), named.isEmpty() ? "—" : String.join("; ", named)));
            if (!grade.parts().stream().allMatch(PartResult::counts)) {
                review.addAll(exercise.topics());
            }
        }
        var totalText = new Paragraph(String.format(Locale.ROOT, "Total: %.2f of %d.", total, quiz.exerciseIds().size()));
        totalText.setId("quiz-total");
        var grid = new Grid<Row>();
        grid.setId("quiz-summary");
        grid.addColumn(Row::title).setHeader("Exercise").setFlexGrow(2);
        grid.addColumn(Row::mark).setHeader("Mark");
        grid.addColumn(Row::mistakes).setHeader("Mistakes found").setFlexGrow(3);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(totalText, grid);
        var reviewBox = new Div();
        reviewBox.setId("quiz-review");
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
