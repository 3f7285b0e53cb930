package org.backproplab.lesson.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.Element;

import org.backproplab.lesson.render.LessonPart;

/**
 * A dialogue in turns that the browser can read aloud ({@code bpl-dialogue.ts}): play, pause,
 * speed, a voice per speaker, the line being spoken highlighted. The lines are ordinary text on
 * the page, so the dialogue reads without speech too.
 */
@Tag("bpl-dialogue")
@JsModule("./components/bpl-dialogue.ts")
class DialoguePlayer extends Component {
    DialoguePlayer(LessonPart.Dialogue dialogue, String id) {
        setId(id);
        Element e = getElement();
        e.setAttribute("role", "region"); // a named region: the dialogue and its controls belong together
        e.setAttribute("aria-labelledby", id + "-title");
        var title = new Element("h3").setText("Dialogue: " + dialogue.title());
        title.setAttribute("id", id + "-title");
        var controls = new Element("div"); // filled in the browser, which alone knows whether it can speak
        controls.setAttribute("class", "bpl-dialogue-controls");
        var lines = new Element("ol");
        lines.setAttribute("class", "bpl-dialogue-lines");
        Set<String> speakers = new LinkedHashSet<>();
        for (var line : dialogue.lines()) {
            speakers.add(line.speaker());
            var li = new Element("li");
            li.setAttribute("data-speaker", line.speaker());
            li.setAttribute("class", line.speaker().equals("Teacher") ? "bpl-teacher" : "bpl-student");
            li.appendChild(new Element("strong").setText(line.speaker() + ": "), new Element("span").setText(line.text()));
            lines.appendChild(li);
        }
        e.setAttribute("speakers", String.join("|", speakers));
        e.appendChild(title, controls, lines);
    }
}
