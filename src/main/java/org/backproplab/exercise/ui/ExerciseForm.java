package org.backproplab.exercise.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.practice.Attempt;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.StaleVariantException;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.learner.CurrentLearner;

/**
 * One exercise to work: the learner's variant, answer fields with feedback per part, hints, the
 * worked solution and (optionally) the history. Used on its own page and inside a quiz.
 */
class ExerciseForm extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final PracticeService practice;
    private final CurrentLearner learner;
    private final Consumer<Grade> onAttempt;
    private final boolean withHistory;
    private Workspace session;
    private final List<PartField> fields = new ArrayList<>();
    private final Div hints = new Div();
    private final Paragraph summary = new Paragraph();
    private final Div solutionSlot = new Div();
    private final Grid<Attempt> history = new Grid<>();
    private final Paragraph best = new Paragraph();
    private Button hintButton;

    ExerciseForm(PracticeService practice, CurrentLearner learner, Workspace session, Consumer<Grade> onAttempt,
            boolean withHistory) {
        this.practice = practice;
        this.learner = learner;
        this.session = session;
        this.onAttempt = onAttempt;
        this.withHistory = withHistory;
        setPadding(false);
        // As wide as the form, not as wide as its widest formula: wide parts scroll in their own boxes.
        solutionSlot.setWidthFull();
        build();
    }

    private void build() {
        removeAll();
        fields.clear();
        Exercise ex = session.exercise();
        add(new H1(ex.title()));
        var meta = new HorizontalLayout();
        meta.setWrap(true);
        ex.topics().forEach(t -> {
            var badge = new Span(practice.topics().title(t));
            badge.getElement().getThemeList().add("badge");
            meta.add(badge);
        });
        var level = new Span("difficulty " + ex.difficulty() + " of 5");
        level.getElement().getThemeList().add("badge contrast");
        meta.add(level);
        add(meta);
        if (!ex.text().isBlank()) {
            add(new Paragraph(ex.text()));
        }
        if (ex.programText() != null) {
            add(new H2("The computation"));
            var code = new Pre(ex.programText().strip());
            code.setId("program");
            // A long line scrolls inside the listing (the theme gives pre overflow-x: auto) instead of widening the page.
            code.addClassNames(LumoUtility.MaxWidth.FULL, LumoUtility.BoxSizing.BORDER);
            add(code);
            add(new H2("Your values"));
            var values = new Div();
            values.setId("values");
            values.addClassName("bpl-values");
            session.variant().params().forEach((name, value) -> values.add(new Span(name + " = " + WorkedSolution.number(value))));
            add(values);
        }
        add(new H2("Your answers"));
        var form = new VerticalLayout();
        form.setPadding(false);
        int index = 0;
        for (Part part : ex.parts()) {
            var field = new PartField(part, index++);
            field.onEdit(field::clearVerdict); // a verdict always describes what is in the field now
            fields.add(field);
            form.add(field);
        }
        add(form);

        var submit = new Button("Check my answers", e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit");
        submit.addClickShortcut(Key.ENTER);
        hintButton = new Button("", e -> {
            try {
                session = practice.nextHint(learner.stored(), session);
                showHints();
            } catch (StaleVariantException stale) {
                replaced(stale);
            }
        });
        hintButton.setId("hint");
        var solution = new Button("Show the worked solution", e -> {
            try {
                session = practice.revealSolution(learner.stored(), session);
            } catch (StaleVariantException stale) {
                replaced(stale);
                return;
            }
            showSolution();
            summary.setText("You have seen the solution: this variant earns no more marks. Try another like it.");
        });
        solution.setId("show-solution");
        var another = new Button("Another like this", e -> {
            session = practice.anotherLikeThis(learner.stored(), ex.id());
            build();
        });
        another.setId("another");
        var actions = new HorizontalLayout(submit, hintButton, solution, another);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("summary");
        summary.getElement().setAttribute("aria-live", "polite");
        hints.setId("hints");
        add(actions, summary, hints);
        showHints();
        solutionSlot.removeAll();
        add(solutionSlot);
        if (session.current().solutionSeen()) {
            showSolution();
            summary.setText("You have seen the solution for this variant: it earns no more marks. Try another like it.");
        }
        if (withHistory) {
            add(new H2("Your history"), best, history);
            setupHistory();
        }
    }

    private void submit() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach(f -> answers.put(f.part().id(), f.answer()));
        Grade grade;
        try {
            grade = practice.submit(learner.stored(), session, answers);
        } catch (StaleVariantException stale) {
            replaced(stale);
            return;
        }
        if (!grade.isAttempt()) {
            fields.forEach(f -> {
                String problem = grade.invalid().get(f.part().id());
                if (problem == null) {
                    f.clearVerdict();
                } else {
                    f.showProblem(problem);
                }
            });
            summary.setText("Some answers could not be read; nothing was counted. Fix the marked fields and check again.");
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).showResult(grade.parts().get(i));
        }
        summary.setText(String.format(Locale.ROOT, "Mark: %.2f of %.2f.%s", grade.mark(), grade.maxMark(),
                grade.allCorrect() ? " Well done — the worked solution is below." : ""));
        if (grade.allCorrect()) {
            showSolution();
        }
        if (withHistory) {
            setupHistory();
        }
        onAttempt.accept(grade);
    }

    /** The numbers changed in another tab or a quiz: show the current ones, and say why nothing was counted. */
    private void replaced(StaleVariantException stale) {
        session = stale.current();
        build();
        summary.setText(stale.getMessage());
    }

    private void showHints() {
        hints.removeAll();
        var list = new UnorderedList();
        session.hintsShown().forEach(h -> list.add(new ListItem(h.text())));
        if (!session.hintsShown().isEmpty()) {
            hints.add(new Paragraph("Hints"), list);
        }
        var ex = session.exercise();
        if (session.moreHints()) {
            int cost = (int) Math.round(ex.hints().get(session.current().hintsUsed()).cost() * 100);
            hintButton.setText("Show a hint (−" + cost + " % of the marks)");
            hintButton.setEnabled(true);
        } else {
            hintButton.setText(ex.hints().isEmpty() ? "No hints here" : "No more hints");
            hintButton.setEnabled(false);
        }
    }

    private void showSolution() {
        if (solutionSlot.getChildren().findAny().isEmpty() && session.variant().hasComputation()) {
            solutionSlot.add(new SolutionPanel(session.variant()));
        } else if (!session.variant().hasComputation() && solutionSlot.getChildren().findAny().isEmpty()) {
            var list = new UnorderedList();
            session.exercise().parts().forEach(p -> list.add(new ListItem(p.prompt() + ": " + session.variant().answer(p.id()))));
            var panel = new Div(new H2("Answers"), list);
            panel.setId("solution");
            solutionSlot.add(panel);
        }
    }

    private void setupHistory() {
        var attempts = practice.history(learner.id(), session.exercise().id());
        history.removeAllColumns();
        history.setId("history");
        history.addColumn(a -> WHEN.format(a.createdAt().atZone(ZoneId.systemDefault()))).setHeader("When");
        history.addColumn(a -> String.format(Locale.ROOT, "%.2f / %.2f", a.mark(), a.maxMark())).setHeader("Mark");
        history.addColumn(a -> a.mistakeCodes().isEmpty() ? "—"
                : String.join(", ", a.mistakeCodes().stream().map(c -> org.backproplab.exercise.grading.Mistake.byCode(c).title()).toList()))
                .setHeader("Mistakes found").setFlexGrow(3);
        history.addColumn(a -> a.hintsUsed() + (a.solutionSeen() ? ", solution seen" : "")).setHeader("Hints");
        history.setItems(attempts);
        history.setAllRowsVisible(true);
        history.setVisible(!attempts.isEmpty());
        best.setId("best-mark");
        best.setText(attempts.isEmpty() ? "No attempts yet."
                : String.format(Locale.ROOT, "%d attempt%s; best mark %.2f.", attempts.size(), attempts.size() == 1 ? "" : "s",
                        attempts.stream().mapToDouble(Attempt::mark).max().orElse(0)));
    }
}
