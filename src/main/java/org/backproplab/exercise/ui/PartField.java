package org.backproplab.exercise.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.model.NumericPart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.WordPart;
import org.backproplab.lesson.link.TermText;

/**
 * One part of an exercise as the learner answers it: the input that fits the part's kind (a text
 * field for numbers and words, radio buttons for a choice) and the verdict beside it.
 */
class PartField extends Div {
    private final Part part;
    private final HasValue<?, String> input;
    private final Span verdict = new Span();
    private final Div terms = new Div();
    /** The radio buttons of a choice, else null. */
    private final RadioButtonGroup<String> choices;

    /**
     * @param seed the variant's seed, which orders a choice's options
     */
    PartField(Part part, int index, long seed) {
        this.part = part;
        addClassName("bpl-part");
        Component component;
        if (part instanceof WordPart) {
            // A question in words is the question of its part, not a field's label: a heading that names the field.
            var question = new H3(part.prompt());
            question.setId("question-" + index);
            question.addClassName("bpl-question");
            add(question);
        }
        if (part instanceof ChoicePart choice) {
            var group = new RadioButtonGroup<String>();
            group.setItems(choice.optionsFor(seed));
            group.setAriaLabelledBy("question-" + index);
            input = group;
            component = group;
            choices = group;
        } else {
            boolean numeric = part instanceof NumericPart;
            // No maxlength: the browser would cut a pasted answer without a word; the grader says it is too long.
            var text = new TextField(numeric ? part.prompt() : null);
            if (!numeric) {
                text.setAriaLabelledBy("question-" + index);
            }
            text.setPlaceholder(numeric ? "a number, e.g. 0.25 or 1/4" : "your answer");
            text.setWidth("22em");
            text.setMaxWidth("100%"); // a phone is narrower than 22em plus the page's margins
            input = text;
            component = text;
            choices = null;
        }
        component.setId("answer-" + index);
        verdict.setId("feedback-" + index);
        verdict.getElement().setAttribute("aria-live", "polite");
        addClassName(LumoUtility.MaxWidth.FULL); // long options wrap instead of running off a phone's screen
        terms.addClassName("bpl-feedback-terms");
        add(component, verdict, terms);
    }

    Part part() {
        return part;
    }

    /** What the learner has entered, never null. */
    String answer() {
        String v = input.getValue();
        return v == null ? "" : v;
    }

    /** Puts an answer checked before back into the field. */
    void setAnswer(String answer) {
        if (choices != null) {
            choices.setValue(choices.getListDataView().contains(answer) ? answer : null); // the file may have changed since
        } else {
            input.setValue(answer);
        }
    }

    /** Marks the answer as unreadable, with what to fix; an old verdict goes. */
    void showProblem(String problem) {
        clearVerdict();
        if (input instanceof TextField field) {
            field.setInvalid(true);
            field.setErrorMessage(problem);
        } else {
            verdict.setText(problem);
            verdict.addClassName("bpl-wrong");
        }
    }

    void showResult(PartResult result) {
        clearVerdict();
        verdict.setText(result.feedback());
        TermText.termsOf(result.feedback()).ifPresent(terms::add); // its terms, explained on hover and focus
        verdict.addClassName(result.counts() ? "bpl-right" : "bpl-wrong");
    }

    void clearVerdict() {
        if (input instanceof TextField field) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        verdict.setText("");
        terms.removeAll();
        verdict.removeClassNames("bpl-right", "bpl-wrong");
    }

    /** Called when the learner changes the answer: the verdict of the old answer no longer applies. */
    void onEdit(Runnable listener) {
        ((AbstractField<?, ?>) input).addValueChangeListener(e -> listener.run());
    }
}
