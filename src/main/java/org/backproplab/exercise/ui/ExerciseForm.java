package org.backproplab.exercise.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
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

import org.backproplab.content.Topics;
import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.MarkingPolicy;
import org.backproplab.exercise.grading.Mistake;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.practice.Attempt;
import org.backproplab.exercise.practice.Checked;
import org.backproplab.exercise.practice.StaleVariantException;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.exercise.quiz.QuizChangedException;
import org.backproplab.exercise.variant.WorkedSolution;
import org.backproplab.lesson.link.LessonLinks;

/**
 * One exercise to work: the learner's variant, answer fields with feedback per part, hints, the
 * worked solution and the history (on Practice; a quiz offers neither until it is over). Every
 * message on it describes the numbers on it: new numbers start with a clean form.
 */
class ExerciseForm extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ExerciseActions actions;
    private final Topics topics;
    private final Consumer<Grade> onAttempt;
    private final Consumer<String> onQuizChanged;
    private Workspace session;
    private final List<PartField> fields = new ArrayList<>();
    private final Div hints = new Div();
    private final Paragraph hintCost = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Div confirm = new Div();
    private final Div solutionSlot = new Div();
    private final Grid<Attempt> history = new Grid<>();
    private final Paragraph best = new Paragraph();
    private final Div belowSummary = new Div();
    private Button hintButton;
    private Button solutionButton;

    /**
     * @param onAttempt     told of every graded attempt
     * @param onQuizChanged in a quiz, told when the quiz moved on in another tab (with what to say); the form is then stale
     */
    ExerciseForm(ExerciseActions actions, Topics topics, Workspace session, Consumer<Grade> onAttempt,
            Consumer<String> onQuizChanged) {
        this.actions = actions;
        this.topics = topics;
        this.session = session;
        this.onAttempt = onAttempt;
        this.onQuizChanged = onQuizChanged;
        setPadding(false);
        // As wide as the form, not as wide as its widest formula: wide parts scroll in their own boxes.
        solutionSlot.setWidthFull();
        build();
    }

    /** Shows a component right under the attempt's summary, where the learner is looking after checking. */
    void showBelowSummary(Component component) {
        belowSummary.removeAll();
        belowSummary.add(component);
    }

    /** Draws the form for the current numbers, with no message of earlier ones. */
    private void build() {
        removeAll();
        fields.clear();
        summary.setText("");
        hintCost.setText("");
        confirm.removeAll();
        confirm.setVisible(false);
        solutionSlot.removeAll();
        Exercise ex = session.exercise();
        add(new H1(ex.title()));
        var meta = new HorizontalLayout();
        meta.setWrap(true);
        ex.topics().forEach(t -> {
            var badge = new Span(topics.title(t));
            badge.getElement().getThemeList().add("badge");
            meta.add(badge);
        });
        var level = new Span("difficulty " + ex.difficulty() + " of 5");
        level.getElement().getThemeList().add("badge contrast");
        meta.add(level);
        add(meta);
        ex.topics().stream().findFirst().flatMap(t -> LessonLinks.to(t, "Learn it: " + LessonLinks.lessonTitle(t).orElse("")))
                .ifPresent(link -> {
                    link.setId("lesson-link");
                    add(link);
                });
        if (!ex.text().isBlank()) {
            add(new Paragraph(ex.text()));
        }
        if (ex.source() != null) {
            // A published example is credited where it is used.
            var source = new Paragraph("Source: " + ex.source());
            source.setId("source");
            source.addClassName(LumoUtility.TextColor.SECONDARY);
            add(source);
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
            var field = new PartField(part, index++, session.variant().seed());
            field.onEdit(field::clearVerdict); // a verdict always describes what is in the field now
            fields.add(field);
            form.add(field);
        }
        add(form);

        var submit = new Button("Check my answers", e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit");
        submit.addClickShortcut(Key.ENTER);
        hintButton = new Button("", e -> act(() -> actions.nextHint(session)).ifPresent(next -> {
            session = next;
            showHints();
        }));
        hintButton.setId("hint");
        var buttons = new HorizontalLayout(submit, hintButton);
        solutionButton = new Button("Show the worked solution", e -> askToShowSolution());
        solutionButton.setId("show-solution");
        if (actions.isPractice()) {
            buttons.add(solutionButton);
            if (ex.varies()) { // with nothing drawn and nothing shuffled, another would be this one again
                var another = new Button("Another like this", e -> act(() -> actions.anotherLikeThis(ex.id())).ifPresent(next -> {
                    session = next;
                    build();
                }));
                another.setId("another");
                buttons.add(another);
            }
        }
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        confirm.setId("solution-confirm");
        summary.setId("summary");
        summary.getElement().setAttribute("aria-live", "polite");
        hintCost.setId("hint-cost");
        hints.setId("hints");
        add(buttons, confirm, summary, belowSummary, hintCost, hints, solutionSlot);
        if (session.current().solutionSeen()) {
            showSolution();
            summary.setText("You have seen the worked solution of these numbers, so they earn no more marks"
                    + bestStands() + "." + (ex.varies() ? " Try another like this." : ""));
        }
        showHints();
        if (actions.isPractice()) {
            add(new H2("Your history"), best, history);
            setupHistory();
        }
    }

    /**
     * Runs an action on the learner's variant. When the numbers were replaced in another tab, or the
     * quiz moved on there, nothing was stored: the current state is shown instead, with why.
     */
    private <T> Optional<T> act(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (StaleVariantException stale) {
            session = stale.current();
            build();
            summary.setText(stale.getMessage());
        } catch (QuizChangedException moved) {
            onQuizChanged.accept(moved.getMessage());
        }
        return Optional.empty();
    }

    private void submit() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach(f -> answers.put(f.part().id(), f.answer()));
        act(() -> actions.check(session, answers)).ifPresent(this::show);
    }

    /** Shows answers checked before (a quiz resumed after a reload) with their verdicts. */
    void restore(Map<String, String> answers, Grade grade) {
        fields.forEach(f -> f.setAnswer(answers.getOrDefault(f.part().id(), "")));
        show(new Checked(grade, session, false));
    }

    private void show(Checked checked) {
        Grade grade = checked.grade();
        session = checked.workspace();
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
        boolean solutionBelow = grade.allCorrect() && actions.isPractice();
        if (solutionBelow) {
            showSolution();
        }
        summary.setText(markText(checked, solutionBelow));
        showHints();
        if (actions.isPractice()) {
            setupHistory();
        }
        onAttempt.accept(grade);
    }

    /** The mark, and what it means for these numbers: never "well done" for marks the variant no longer gives. */
    private String markText(Checked checked, boolean solutionBelow) {
        Grade grade = checked.grade();
        var current = checked.workspace().current();
        var text = new StringBuilder();
        if (current.solutionSeen()) {
            text.append(grade.allCorrect() ? "All right" : "Checked").append(", but these numbers earn no marks: you have seen their worked solution.");
        } else {
            text.append(String.format(Locale.ROOT, "Mark: %.2f of %.2f", grade.mark(), grade.maxMark()));
            if (current.hintsUsed() > 0) {
                text.append(" (the most after ").append(current.hintsUsed()).append(current.hintsUsed() == 1 ? " hint)" : " hints)");
            }
            text.append('.');
            if (grade.allCorrect()) {
                text.append(MarkingPolicy.mastered(grade.mark()) ? " Well done." : " All right.");
            }
        }
        if (checked.best() > grade.mark() + 1e-9) {
            text.append(String.format(Locale.ROOT, " Your best mark on these numbers, %.2f, stands.", checked.best()));
        }
        if (checked.repeated()) {
            text.append(" These are the answers you checked last time, so nothing new was recorded.");
        }
        if (solutionBelow) {
            text.append(" The worked solution is below.");
        }
        return text.toString();
    }

    /** " (your best mark on them, 0.67, stands)", or nothing before any mark. */
    private String bestStands() {
        double b = session.current().bestMark();
        return b > 0 ? String.format(Locale.ROOT, " (your best mark on them, %.2f, stands)", b) : "";
    }

    /** The worked solution ends the marks of these numbers: the learner confirms once, knowing that. */
    private void askToShowSolution() {
        confirm.removeAll();
        var warning = new Paragraph("The worked solution shows every answer, so these numbers earn no more marks after it"
                + bestStands() + "." + (session.exercise().varies() ? " To earn marks again, ask for another like this." : ""));
        warning.setId("solution-warning");
        var yes = new Button("Show it", e -> act(() -> actions.revealSolution(session)).ifPresent(next -> {
            session = next;
            confirm.removeAll();
            confirm.setVisible(false);
            showSolution();
            showHints();
            summary.setText("Here is the worked solution. These numbers earn no more marks" + bestStands() + "."
                    + (session.exercise().varies() ? " Try another like this." : ""));
        }));
        yes.setId("confirm-solution");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var no = new Button("Not yet", e -> {
            confirm.removeAll();
            confirm.setVisible(false);
            solutionButton.focus();
        });
        no.setId("cancel-solution");
        var choice = new HorizontalLayout(yes, no);
        choice.setWrap(true);
        confirm.add(warning, choice);
        confirm.setVisible(true);
        yes.focus();
    }

    private void showHints() {
        hints.removeAll();
        var list = new UnorderedList();
        session.hintsShown().forEach(h -> list.add(new ListItem(h.text())));
        if (!session.hintsShown().isEmpty()) {
            hints.add(new Paragraph("Hints"), list);
        }
        var ex = session.exercise();
        hintCost.setText("");
        if (session.moreHints()) {
            int cost = (int) Math.round(ex.hints().get(session.current().hintsUsed()).cost() * 100);
            hintButton.setText("Show a hint (−" + cost + " % of the marks)");
            hintButton.setEnabled(true);
            double b = session.current().bestMark();
            // The button states the cost; this note is for a learner with a mark to lose, to say it is kept.
            if (!session.current().solutionSeen() && b > 0) {
                hintCost.setText(String.format(Locale.ROOT, "If you take the next hint, answers you check after it earn at most %.2f",
                        session.maxMarkAfterNextHint()) + String.format(Locale.ROOT, "; your best mark on these numbers, %.2f, stands.", b));
            }
        } else {
            hintButton.setText(ex.hints().isEmpty() ? "No hints here" : "No more hints");
            hintButton.setEnabled(false);
        }
        hintCost.setVisible(!hintCost.getText().isEmpty());
    }

    private void showSolution() {
        if (solutionSlot.getChildren().findAny().isEmpty()) {
            solutionSlot.add(Solutions.of(session.variant()));
        }
        solutionButton.setVisible(false); // it is on the page now: nothing more to show or to confirm
    }

    private void setupHistory() {
        var attempts = actions.history(session.exercise().id());
        history.removeAllColumns();
        history.setId("history");
        history.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // readable on a phone
        history.addColumn(a -> WHEN.format(a.createdAt().atZone(ZoneId.systemDefault()))).setHeader("When");
        history.addColumn(a -> String.format(Locale.ROOT, "%.2f / %.2f", a.mark(), a.maxMark())).setHeader("Mark");
        history.addColumn(a -> a.mistakeCodes().isEmpty() ? "—"
                : String.join(", ", a.mistakeCodes().stream().map(c -> Mistake.byCode(c).title()).toList()))
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
