package org.backproplab.exercise.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.exercise.grading.Grade;
import org.backproplab.exercise.grading.Mistake;
import org.backproplab.exercise.grading.PartResult;
import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.ui.FlashcardsView;
import org.backproplab.learner.CurrentLearner;

/** One exercise on its own page, with the learner's history of it. An unknown id is a friendly 404. */
@AnonymousAllowed
@Route("practice/exercise/:id")
public class ExerciseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practice;
    private final CurrentLearner learner;
    private final FlashcardService flashcards;
    private final Paragraph addedCards = new Paragraph();
    private String title = "Exercise";

    public ExerciseView(PracticeService practice, CurrentLearner learner, FlashcardService flashcards) {
        this.practice = practice;
        this.learner = learner;
        this.flashcards = flashcards;
        addedCards.setId("added-flashcards");
        addedCards.getElement().setAttribute("role", "status");
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
        List<String> topics = session.get().exercise().topics();
        var form = new ExerciseForm(new PracticeActions(practice, learner), practice.topics(), session.get(),
                grade -> showAddedCards(grade, topics.isEmpty() ? null : topics.get(0)), message -> { });
        addedCards.removeAll();
        form.showBelowSummary(addedCards);
        add(new RouterLink("← All exercises", PracticeView.class), form);
    }

    /** The flashcards the mistakes of this attempt brought into the learner's deck (flashcard.review adds them). */
    private void showAddedCards(Grade grade, String mainTopic) {
        List<String> codes = grade.parts().stream().map(PartResult::mistake).filter(m -> m != null).map(Mistake::code).distinct().toList();
        var cards = flashcards.cardsFor(codes, mainTopic);
        addedCards.removeAll();
        if (!cards.isEmpty()) {
            // Mistakes by their title: the codes (M02) are for teachers' tables, not for the learner.
            addedCards.add("Added to your flashcards: " + String.join("; ", cards.stream().map(c -> c.mistake() != null
                    ? Mistake.byCode(c.mistake()).title() : practice.topics().title(c.topic())).toList()) + ". ");
            addedCards.add(new RouterLink("Review them", FlashcardsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — Backprop Lab";
    }
}
