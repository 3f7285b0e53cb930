package org.backproplab.exercise.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.quiz.QuizChangedException;
import org.backproplab.exercise.quiz.QuizRun;
import org.backproplab.exercise.quiz.QuizService;
import org.backproplab.exercise.quiz.QuizSummary;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.link.LessonLinks;

/**
 * A quiz: its exercises one after another on the attempt's own numbers, then a summary of marks,
 * mistakes, what to review and the worked solutions. A reload resumes where the learner was.
 */
@AnonymousAllowed
@Route("practice/quiz/:id")
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The Learn page's route; looked up by path, as the lesson package builds on this one. */
    private static final String LESSON_ROUTE = "learn";

    private final QuizService quizzes;
    private final ExerciseLibrary library;
    private final CurrentLearner learner;
    private QuizRun run;

    public QuizView(QuizService quizzes, ExerciseLibrary library, CurrentLearner learner) {
        this.quizzes = quizzes;
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
        var found = RouteId.find(event, id -> quizzes.open(learner.id(), id));
        if (found.isEmpty()) {
            return;
        }
        run = found.get();
        show(null);
    }

    @Override
    public String getPageTitle() {
        return (run == null ? "Quiz" : run.quiz().title()) + " — Backprop Lab";
    }

    /** Draws where the attempt stands, with a notice on top when there is one. */
    private void show(String notice) {
        removeAll();
        add(new RouterLink("← All exercises", PracticeView.class));
        if (notice != null) {
            var note = new Paragraph(notice);
            note.setId("quiz-notice");
            add(note);
        }
        if (run.finished()) {
            summary();
            return;
        }
        var step = run.current();
        int size = run.steps().size();
        var progress = new Paragraph("Quiz “" + run.quiz().title() + "”: exercise " + (run.position() + 1) + " of " + size);
        progress.setId("quiz-progress");
        var rules = new Paragraph("This is a test: the worked solutions come with the summary at the end.");
        rules.setId("quiz-rules");
        var next = new Button(run.atLast() ? "Finish and see the summary" : "Next exercise", e -> move(run.position() + 1));
        next.setId("quiz-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(step.checked());
        var skip = new Button(run.atLast() ? "Skip and finish" : "Skip", e -> move(run.position() + 1));
        skip.setId("quiz-skip");
        var form = new ExerciseForm(new QuizActions(quizzes, learner, () -> run), library.topics(), step.workspace(),
                grade -> next.setEnabled(true), this::changed);
        if (step.checked()) {
            form.restore(step.answers(), step.grade());
        }
        add(progress, rules, form, new Div(next, skip));
    }

    private void move(int position) {
        try {
            run = quizzes.moveTo(learner.stored(), run, position);
            show(null);
        } catch (QuizChangedException moved) {
            changed(moved.getMessage());
        }
    }

    /** The quiz was finished or started again in another tab: show where it stands now. */
    private void changed(String message) {
        run = quizzes.open(learner.id(), run.quiz().id()).orElseThrow();
        show(message);
    }

    private void summary() {
        add(new H1("Quiz summary: " + run.quiz().title()));
        var result = quizzes.summary(learner.id(), run);
        var totalText = new Paragraph(String.format(Locale.ROOT, "Total: %.2f of %d.", result.total(), result.outOf()));
        totalText.setId("quiz-total");
        var grid = new Grid<QuizSummary.Row>();
        grid.setId("quiz-summary");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // titles and mistakes in full, on a phone too
        grid.addColumn(r -> r.exercise().title()).setHeader("Exercise").setFlexGrow(2);
        grid.addColumn(QuizView::mark).setHeader("Mark");
        grid.addColumn(QuizView::mistakes).setHeader("Mistakes found").setFlexGrow(3);
        grid.setItems(result.rows());
        grid.setAllRowsVisible(true);
        add(totalText, grid);
        var reviewBox = new Div();
        reviewBox.setId("quiz-review");
        if (result.reviews().isEmpty()) {
            reviewBox.add(new Paragraph("Everything right: nothing to review. Try the next quiz."));
        } else {
            reviewBox.add(new H2("What to review"));
            for (var review : result.reviews()) {
                // One paragraph of links that wraps like text: the lesson, then the exercises of the topic.
                var links = new Paragraph(LessonLinks.to(review.topic(), "Read about it in the lesson").<Component>map(a -> a)
                        .orElseGet(() -> lessonLink("Read about it in the lesson")), new Text(". Practise it: "));
                for (int i = 0; i < review.exercises().size(); i++) {
                    var e = review.exercises().get(i);
                    links.add(ExerciseView.link(e.title(), e.id()), new Text(i + 1 < review.exercises().size() ? ", " : "."));
                }
                var topic = new Div(new H3(review.title()), links);
                topic.addClassName("bpl-review");
                reviewBox.add(topic);
            }
        }
        add(reviewBox, solutions());
        var again = new Button("Take the quiz again", e -> {
            run = quizzes.again(learner.stored(), run.quiz().id());
            show(null);
        });
        again.setId("quiz-again");
        add(again);
    }

    /** The mark that counts and, when it took more than one check, what the first one earned. */
    static String mark(QuizSummary.Row r) {
        if (r.skipped()) {
            return "skipped";
        }
        String mark = String.format(Locale.ROOT, "%.2f", r.grade().mark());
        return r.checks() > 1 && r.firstFraction() != null
                ? mark + String.format(Locale.ROOT, " (first check %.2f; %d checks)", r.firstFraction() * r.grade().maxMark(), r.checks())
                : mark;
    }

    /** The mistakes of the last answers, then those of earlier checks that were put right. */
    static String mistakes(QuizSummary.Row r) {
        String last = String.join("; ", r.mistakes());
        String earlier = r.putRight().isEmpty() ? "" : "put right after a check: " + String.join("; ", r.putRight());
        if (last.isEmpty() && earlier.isEmpty()) {
            return "—";
        }
        return last.isEmpty() ? earlier : earlier.isEmpty() ? last : last + "; " + earlier;
    }

    /** Now that the quiz is over: the worked solution of each exercise, for the numbers the quiz gave. */
    private Div solutions() {
        var box = new Div(new H2("Worked solutions"),
                new Paragraph("The quiz is over, so here are the solutions for your numbers. Each exercise stays on the "
                        + "Practice page, with other numbers."));
        box.setId("quiz-solutions");
        var slot = new Div();
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (int i = 0; i < run.steps().size(); i++) {
            var step = run.steps().get(i);
            var button = new Button(step.workspace().exercise().title(), e -> {
                slot.removeAll(); // one at a time: each solution's parts carry the same ids
                var which = new Paragraph("“" + step.workspace().exercise().title() + "”, with the numbers of your quiz:");
                which.setId("quiz-solution-of");
                slot.add(which, Solutions.of(step.workspace().variant()));
            });
            button.setId("quiz-solution-" + i);
            buttons.add(button);
        }
        box.add(buttons, slot);
        return box;
    }

    private static Component lessonLink(String text) {
        return RouteConfiguration.forApplicationScope().getRoute(LESSON_ROUTE)
                .<Component>map(view -> new RouterLink(text, view))
                .orElseGet(() -> new Anchor(LESSON_ROUTE, text));
    }
}
