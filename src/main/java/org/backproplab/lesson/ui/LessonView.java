package org.backproplab.lesson.ui;

import java.util.Locale;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.exercise.ui.ExerciseView;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.domain.Lesson;
import org.backproplab.lesson.progress.CourseService;
import org.backproplab.lesson.render.LessonRenderer;

/** One lesson: what it teaches and needs, its text, the exercises that practise it, and "I have read it". */
@AnonymousAllowed
@Route("learn/:id")
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /**
     * Scrolls to the element the address's #fragment names, once the page is drawn. The fragment is read
     * on every try: after a click on a link, Vaadin's router puts the new address in place only after the
     * view is drawn, and scrolls the new page to the top. Tries for 2 s and stops as soon as the learner
     * scrolls, clicks or types, so it never fights them.
     */
    static final String SCROLL_TO_HASH = """
            let tries = 0, touched = false;
            const stop = () => { touched = true; };
            ['wheel', 'touchstart', 'keydown', 'mousedown'].forEach(e => window.addEventListener(e, stop, {once: true, passive: true}));
            const go = () => {
              if (touched) { return; }
              let el = null;
              try { const h = window.location.hash; el = h.length > 1 ? document.getElementById(decodeURIComponent(h.substring(1))) : null; } catch (e) { return; }
              const margin = el ? parseFloat(getComputedStyle(el).scrollMarginTop) || 0 : 0;
              if (el && Math.abs(el.getBoundingClientRect().top - margin) > 2) { el.scrollIntoView(); }
              if (tries++ < 10) { setTimeout(go, 200); }
            };
            setTimeout(go, 50);""";
    private final CourseService course;
    private final CurrentLearner learner;
    private String title = "Lesson";

    public LessonView(CourseService course, CurrentLearner learner) {
        this.course = course;
        this.learner = learner;
        addClassName("bpl-page");
        setPadding(false);
    }

    /** A link to a lesson's page. */
    static RouterLink link(String text, String lessonId) {
        return new RouterLink(text, LessonView.class, new RouteParameters("id", lessonId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var step = course.step(learner.id(), id);
        if (step.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no lesson “" + abbreviate(id) + "”.");
            return;
        }
        Lesson lesson = step.get().lesson();
        title = lesson.title();
        removeAll();
        add(new RouterLink("← The course", LearnView.class));
        var h1 = new H1(lesson.title());
        add(h1);
        add(about(step.get()));
        var body = new LessonContent(new LessonRenderer(course.glossary(), lesson.id(), "l").parts(lesson.body()));
        body.setId("lesson");
        add(body);
        add(practise(step.get()));
        add(readBox(step.get()));
        var nav = new Div();
        nav.addClassName("bpl-form-row");
        course.course().before(lesson).ifPresent(l -> nav.add(link("← " + l.title(), l.id())));
        course.course().after(lesson).ifPresent(l -> nav.add(link("Next: " + l.title() + " →", l.id())));
        add(nav);
        // Opened at a section (learn/id#topic, from an exercise): the section exists only now that the page is drawn.
        // The router scrolls a new page to the top after drawing it, so the section is scrolled to a moment later.
        getElement().executeJs(SCROLL_TO_HASH);
    }

    private Div about(CourseService.Step step) {
        Lesson lesson = step.lesson();
        var box = new Div();
        box.setId("lesson-about");
        box.addClassName("bpl-lesson-about");
        box.add(new H2("In this lesson you will"));
        var goals = new UnorderedList();
        lesson.objectives().forEach(o -> goals.add(new ListItem(o)));
        goals.setId("objectives");
        box.add(goals);
        var before = new Paragraph();
        before.setId("prerequisites");
        if (lesson.prerequisites().isEmpty()) {
            before.add(new Text("Before it: nothing but a little algebra; derivatives help."));
        } else {
            before.add(new Text("Read first: "));
            for (int i = 0; i < lesson.prerequisites().size(); i++) {
                String p = lesson.prerequisites().get(i);
                course.course().lesson(p).ifPresent(l -> before.add(link(l.title(), l.id())));
                before.add(new Text(i + 1 < lesson.prerequisites().size() ? ", " : "."));
            }
        }
        box.add(before);
        return box;
    }

    private Div practise(CourseService.Step step) {
        var box = new Div(new H2("Your progress on its exercises")); // the lesson's own "Practise it" says why each one
        box.setId("lesson-exercises");
        var list = new UnorderedList();
        for (var s : step.exercises()) {
            var status = new Span(s.attempts() == 0 ? "not tried"
                    : String.format(Locale.ROOT, "best %.2f", s.best()));
            status.getElement().getThemeList().add(s.mastered() ? "badge success small" : "badge small");
            list.add(new ListItem(ExerciseView.link(s.exercise().title(), s.exercise().id()), new Text(" "), status));
        }
        box.add(list);
        return box;
    }

    private Div readBox(CourseService.Step step) {
        var box = new Div();
        box.setId("lesson-read");
        box.addClassName("bpl-form-row");
        var state = new Span();
        var button = new Button();
        button.setId("mark-read");
        boolean[] read = {step.read()};
        Runnable show = () -> {
            state.setText(read[0] ? "You have read this lesson." : "");
            button.setText(read[0] ? "Mark as not read" : "I have read this lesson");
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (!read[0]) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        };
        button.addClickListener(e -> {
            read[0] = !read[0];
            course.markRead(learner.stored(), step.lesson().id(), read[0]);
            show.run();
        });
        show.run();
        box.add(button, state);
        return box;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    @Override
    public String getPageTitle() {
        return title + " — Backprop Lab";
    }
}
