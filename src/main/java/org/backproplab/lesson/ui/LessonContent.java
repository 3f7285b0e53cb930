package org.backproplab.lesson.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.backproplab.lesson.render.LessonPart;

/**
 * A lesson's body on the page: its HTML, the summary switch (quick, standard, detailed) and the
 * dialogues. Math in the HTML is typeset by the {@code bpl-math} element, loaded here.
 */
@NpmPackage(value = "katex", version = "0.16.22")
@JsModule("./components/bpl-math.ts")
class LessonContent extends Div {
    static final Map<String, String> LEVELS = Map.of("quick", "Quick", "standard", "Standard", "detailed", "Detailed");
    private static final List<String> ORDER = List.of("quick", "standard", "detailed");

    LessonContent(List<LessonPart> parts) {
        addClassName("bpl-lesson");
        setWidthFull();
        int dialogues = 0;
        for (LessonPart part : parts) {
            if (part instanceof LessonPart.Html html) {
                add(new Html(html.html()));
            } else if (part instanceof LessonPart.Summaries s) {
                add(summaries(s));
            } else if (part instanceof LessonPart.GradientCheck) {
                add(new GradientCheckPanel());
            } else if (part instanceof LessonPart.Dialogue d) {
                add(new DialoguePlayer(d, "dialogue-" + (++dialogues)));
            }
        }
    }

    private static Div summaries(LessonPart.Summaries s) {
        var box = new Div();
        box.setId("summary");
        box.addClassName("bpl-summary");
        var levels = ORDER.stream().filter(s.byLevel()::containsKey).toList();
        var shown = new Div();
        shown.setId("summary-text");
        shown.getElement().setAttribute("aria-live", "polite");
        var choice = new RadioButtonGroup<String>("Summary");
        choice.setId("summary-level");
        choice.setItems(levels);
        choice.setItemLabelGenerator(l -> LEVELS.getOrDefault(l, l));
        choice.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            shown.removeAll();
            shown.add(new Html(s.byLevel().get(e.getValue())));
            shown.getElement().setAttribute("data-level", e.getValue());
        });
        choice.setValue(levels.contains("standard") ? "standard" : levels.get(0));
        box.add(choice, shown);
        return box;
    }
}
