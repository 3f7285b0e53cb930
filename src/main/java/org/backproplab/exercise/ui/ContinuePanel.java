package org.backproplab.exercise.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.ui.component.HomePanel;
import org.springframework.core.annotation.Order;

/** On the start page: the exercise the learner last answered, and what to try next. */
@org.springframework.stereotype.Component
@Order(10)
class ContinuePanel implements HomePanel {
    private final PracticeService practice;

    ContinuePanel(PracticeService practice) {
        this.practice = practice;
    }

    @Override
    public Optional<Component> panel(UUID learnerId) {
        var last = practice.lastWorkedOn(learnerId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        var s = last.get();
        var panel = new Div(new H2("Continue where you left off"));
        panel.setId("continue");
        panel.addClassName("bpl-start-card");
        panel.add(new Div(ExerciseView.link(s.exercise().title(), s.exercise().id()),
                new Span(String.format(Locale.ROOT, " — best %.2f in %d attempt%s", s.best(), s.attempts(), s.attempts() == 1 ? "" : "s"))));
        practice.next(learnerId).filter(n -> !n.exercise().id().equals(s.exercise().id()))
                .ifPresent(n -> panel.add(new Div(new Span("Next up: "), ExerciseView.link(n.exercise().title(), n.exercise().id()))));
        return Optional.of(panel);
    }
}
