package org.backproplab.exercise.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.learner.CurrentLearner;

/** One exercise on its own page, with the learner's history of it. An unknown id is a friendly 404. */
@AnonymousAllowed
@Route("practice/exercise/:id")
public class ExerciseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practice;
    private final CurrentLearner learner;
    private String title = "Exercise";

    public ExerciseView(PracticeService practice, CurrentLearner learner) {
        this.practice = practice;
        this.learner = learner;
        addClassName("bpl-page");
        setPadding(false);
        // A little wider than the other pages: a two-layer network's worked solution fits unscrolled.
        getStyle().set("--bpl-max-width", "64rem");
    }

    /** A link to this page for one exercise. */
    public static RouterLink link(String text, String id) {
        return new RouterLink(text, ExerciseView.class, new RouteParameters("id", id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = RouteId.find(event, id -> practice.open(learner.id(), id));
        if (session.isEmpty()) {
            return;
        }
        title = session.get().exercise().title();
        removeAll();
        add(new RouterLink("← All exercises", PracticeView.class), new ExerciseForm(new PracticeActions(practice, learner),
                practice.topics(), session.get(), grade -> { }, message -> { }));
    }

    @Override
    public String getPageTitle() {
        return title + " — Backprop Lab";
    }
}
