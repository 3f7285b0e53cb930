package org.backproplab.flashcard.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.backproplab.flashcard.review.DueCounts;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.review.LearnerDay;
import org.backproplab.ui.component.HomePanel;
import org.springframework.core.annotation.Order;

/** On the start page, once the learner has begun: how many flashcards wait today, counted in the learner's own days. */
@org.springframework.stereotype.Component
@Order(30)
class CardsDuePanel implements HomePanel {
    private final FlashcardService flashcards;

    CardsDuePanel(FlashcardService flashcards) {
        this.flashcards = flashcards;
    }

    @Override
    public Optional<Component> panel(UUID learnerId) {
        // A newcomer has twenty new cards "due" before doing anything: the start page's "Remember" card says enough.
        return flashcards.hasStarted(learnerId) ? Optional.of(new Panel(learnerId)) : Optional.empty();
    }

    private final class Panel extends Div {
        private final UUID learner;
        private final Paragraph summary = new Paragraph();

        Panel(UUID learner) {
            this.learner = learner;
            setId("cards-due");
            addClassName("bpl-start-card");
            summary.setId("cards-due-summary");
            add(new H2("Flashcards due today"), summary, new RouterLink("Review cards", FlashcardsView.class));
            show(ClientDay.fallback());
        }

        @Override
        protected void onAttach(AttachEvent event) {
            super.onAttach(event);
            ClientDay.ask(event.getUI(), this::show); // the day starts at 04:00 where the learner is, not in UTC
        }

        private void show(LearnerDay days) {
            DueCounts c = flashcards.counts(learner, days);
            summary.setText(c.total() == 0 ? "Nothing due: come back tomorrow."
                    : c.total() + " card" + (c.total() == 1 ? "" : "s") + " waiting: " + c.review() + " to review, "
                            + c.learning() + " in learning, " + c.newCards() + " new.");
        }
    }
}
