package org.backproplab.lesson.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.exercise.ui.ExerciseView;
import org.backproplab.lesson.domain.GlossaryEntry;
import org.backproplab.lesson.progress.CourseService;
import org.backproplab.lesson.render.LessonRenderer;

/** Every term, searchable as you type: definition, example, related terms, where it is used. */
@AnonymousAllowed
@Route("glossary")
@Menu(order = 5, title = "Glossary", icon = "vaadin:book")
@PageTitle("Glossary — Backprop Lab")
@NpmPackage(value = "katex", version = "0.16.22")
@JsModule("./components/bpl-math.ts")
public class GlossaryView extends VerticalLayout {
    private final CourseService course;
    private final Map<String, List<String>> usedIn;
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();

    public GlossaryView(CourseService course) {
        this.course = course;
        this.usedIn = GlossaryUse.lessonsByTerm(course.course(), course.glossary());
        addClassName("bpl-page");
        setPadding(false);
        var search = new TextField();
        search.setPlaceholder("Find a term");
        search.setAriaLabel("Find a term");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show(e.getValue()));
        search.setId("glossary-search");
        list.setId("glossary-list");
        list.setWidthFull();
        count.setId("glossary-count");
        add(new H1("Glossary"), search, count, list);
        show("");
        getElement().executeJs(LessonView.SCROLL_TO_HASH);
    }

    private void show(String query) {
        list.removeAll();
        var found = course.glossary().search(query);
        count.setText(found.size() + " of " + course.glossary().size() + " terms");
        if (found.isEmpty()) {
            list.add(new Paragraph("No term matches “" + query + "”."));
        }
        var renderer = new LessonRenderer(course.glossary(), null, "g");
        found.forEach(entry -> list.add(entry(entry, renderer)));
    }

    private Div entry(GlossaryEntry entry, LessonRenderer renderer) {
        var item = new Div(new H2(entry.term()));
        item.setId(entry.id());
        item.addClassName("bpl-glossary-entry");
        if (!entry.aliases().isEmpty()) {
            item.add(new Paragraph("Also: " + String.join(", ", entry.aliases())));
        }
        item.add(new Html(renderer.html(entry.definition())));
        var example = new Div(new Html(renderer.html("**Example.** " + entry.example())));
        example.addClassName("bpl-glossary-example");
        item.add(example);
        if (!entry.see().isEmpty()) {
            var see = new Paragraph(new Text("Related: "));
            for (int i = 0; i < entry.see().size(); i++) {
                String id = entry.see().get(i);
                see.add(new Anchor("glossary#" + id, course.glossary().entry(id).map(GlossaryEntry::term).orElse(id)));
                see.add(new Text(i + 1 < entry.see().size() ? ", " : "."));
            }
            item.add(see);
        }
        var lessons = usedIn.getOrDefault(entry.id(), List.of());
        if (!lessons.isEmpty() || !entry.exercises().isEmpty()) {
            var used = new Paragraph(new Text("Used in: "));
            used.addClassName("bpl-glossary-used");
            boolean first = true;
            for (String id : lessons) {
                used.add(new Text(first ? "" : ", "));
                course.course().lesson(id).ifPresent(l -> used.add(LessonView.link(l.title(), l.id())));
                first = false;
            }
            for (String id : entry.exercises()) {
                used.add(new Text(first ? "" : ", "));
                used.add(ExerciseView.link(course.exerciseTitle(id), id));
                first = false;
            }
            item.add(used);
        }
        return item;
    }
}
