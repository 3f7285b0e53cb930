package org.backproplab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.ui.ExerciseView;
import org.backproplab.exercise.ui.QuizView;

/** The lesson: why gradients, the chain rule, the forward and backward pass, losses, memory aids. */
@AnonymousAllowed
@Route("learn")
@Menu(order = 1, title = "Learn", icon = "vaadin:academy-cap")
@PageTitle("Learn backpropagation — Backprop Lab")
public class LearnView extends VerticalLayout {
    static final String LESSON = "/content/lessons/backpropagation.md";

    public LearnView() {
        addClassName("bpl-page");
        setPadding(false);
        var text = new Markdown(read(LESSON));
        text.setId("lesson");
        var next = new Div(ExerciseView.link("Try the first exercise", "sum-times-z"),
                QuizView.link("Take the First steps quiz", "first-steps"), new RouterLink("Open the glossary", GlossaryView.class));
        next.addClassName("bpl-form-row");
        add(new H1("How a network learns: backpropagation"), text, next);
    }

    static String read(String resource) {
        try (InputStream in = LearnView.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
