package org.backproplab.exercise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.backproplab.exercise.model.ChoicePart;
import org.backproplab.exercise.model.Part;
import org.backproplab.exercise.model.WordPart;
import org.backproplab.exercise.variant.Variant;

/** The worked solution of a variant: the graph for a computation, and the answers in words with why each option is right or wrong. */
final class Solutions {
    private Solutions() {
    }

    static Component of(Variant variant) {
        var words = variant.exercise().parts().stream().anyMatch(p -> p instanceof WordPart);
        if (!variant.hasComputation()) {
            var panel = answers(variant, false);
            panel.setId("solution");
            return panel;
        }
        var panel = new Div(new SolutionPanel(variant));
        if (words) {
            var answers = answers(variant, true);
            answers.setId("word-answers");
            panel.add(answers);
        }
        return panel;
    }

    /** Each part's answer (or only those in words); for a choice, every other option with why it is wrong. */
    private static Div answers(Variant variant, boolean onlyWords) {
        var list = new UnorderedList();
        for (Part p : variant.exercise().parts()) {
            if (onlyWords && !(p instanceof WordPart)) {
                continue;
            }
            String answer = String.valueOf(variant.answer(p.id()));
            var item = new ListItem(new Span(p.prompt() + " "), new Span("Answer: " + answer + "."));
            if (p instanceof ChoicePart choice) {
                choice.why(choice.answer()).ifPresent(why -> item.add(new Span(" " + why)));
                var others = new UnorderedList();
                for (String option : choice.options()) {
                    if (!option.equals(choice.answer())) {
                        others.add(new ListItem("Not “" + option + "”" + choice.why(option).map(why -> ": " + why).orElse(".")));
                    }
                }
                item.add(others);
            }
            list.add(item);
        }
        var panel = new Div(new H2("Answers"), list);
        panel.addClassName("bpl-answers");
        return panel;
    }
}
