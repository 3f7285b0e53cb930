package org.backproplab.flashcard.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.flashcard.fsrs.Rating;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.review.LearnerDay;
import org.backproplab.flashcard.review.Prompt;
import org.backproplab.learner.CurrentLearner;

/**
 * Review, as Anki users expect: the front first; Space or Enter shows the back; Again, Hard, Good,
 * Easy by button or keys 1-4, each button with the interval it gives; Ctrl+Z undoes the last answer;
 * counters of new, learning and review cards left; card info. Every answer is committed at once.
 */
@AnonymousAllowed
@Route("flashcards")
@Menu(order = 4, title = "Flashcards", icon = "vaadin:clipboard-text")
@PageTitle("Flashcards — Backprop Lab")
public class FlashcardsView extends VerticalLayout {
    private final FlashcardService flashcards;
    private final CurrentLearner learner;
    private final Clock clock;
    private LearnerDay days = ClientDay.fallback();
    private Prompt prompt;
    private boolean revealed;

    private final Span counters = new Span();
    private final Div front = new Div();
    private final Div back = new Div();
    private final Hr divider = new Hr();
    private final Button show = new Button("Show answer");
    private final FlexLayout ratings = new FlexLayout();
    private final Button undo = new Button("Undo");
    private final Details info = new Details("Card info");
    private final Paragraph status = new Paragraph();
    private final Div card = new Div();
    private final Div reviewArea = new Div();

    public FlashcardsView(FlashcardService flashcards, CurrentLearner learner, Clock clock) {
        this.flashcards = flashcards;
        this.learner = learner;
        this.clock = clock;
        addClassName("bpl-page");
        setPadding(false);
        counters.setId("counters");
        front.setId("card-front");
        back.setId("card-back");
        card.setId("card");
        card.add(front, divider, back);
        card.getStyle().set("font-size", "1.2rem").set("width", "100%").set("overflow-wrap", "anywhere");
        show.setId("show-answer");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> reveal());
        ratings.setId("ratings");
        ratings.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        ratings.getStyle().set("gap", "0.5rem");
        undo.setId("undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickListener(e -> undo());
        info.setId("card-info");
        status.setId("review-status");
        status.getElement().setAttribute("role", "status"); // read out after each answer
        var help = new Paragraph("Keys: Space or Enter shows the answer, 1 Again · 2 Hard · 3 Good · 4 Easy, Ctrl+Z undoes.");
        help.addClassName("bpl-hint");
        // The keys act anywhere on the page while it is shown (the page has no text field to type in;
        // the settings are on the statistics page).
        reviewArea.setId("review-area");
        reviewArea.add(counters, card, show, ratings, status, new FlexLayout(undo), info);
        reviewArea.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem").set("width", "100%")
                .set("outline", "none");
        reviewArea.getElement().setAttribute("tabindex", "-1"); // so that the keys work before anything is focused
        add(new H1("Flashcards"), FlashcardsNav.create(), reviewArea, help);
        Shortcuts.addShortcutListener(this, this::space, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::space, Key.ENTER);
        for (Rating r : Rating.values()) {
            Shortcuts.addShortcutListener(this, () -> answer(r), Key.of(String.valueOf(r.grade())));
            Shortcuts.addShortcutListener(this, () -> answer(r), Key.of("Digit" + r.grade()));
        }
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.META);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ClientDay.ask(event.getUI(), d -> {
            days = d;
            refresh();
        });
        reviewArea.getElement().executeJs("this.focus({preventScroll: true})");
    }

    /** Space and Enter show the answer; once it shows they do nothing (answer with 1-4), so a held key never rates. */
    private void space() {
        if (prompt != null && !revealed) {
            reveal();
        }
    }

    void refresh() {
        Optional<Prompt> next = flashcards.next(learner.id(), days);
        prompt = next.orElse(null);
        revealed = false;
        var c = next.map(Prompt::counts).orElseGet(() -> flashcards.counts(learner.id(), days));
        counters.setText("New " + c.newCards() + " · Learning " + c.learning() + " · Review " + c.review());
        counters.getElement().setAttribute("aria-label", c.newCards() + " new, " + c.learning() + " learning and " + c.review()
                + " review cards left today");
        undo.setEnabled(flashcards.canUndo(learner.id()));
        front.removeAll();
        back.removeAll();
        ratings.removeAll();
        info.removeAll();
        if (prompt == null) {
            front.add(new Paragraph("No more cards due today. Well done."));
            flashcards.nextLearningDue(learner.id(), days).ifPresent(at -> front.add(new Paragraph("The next learning step is due in "
                    + Intervals.between(clock.instant(), at) + ".")));
            show.setVisible(false);
            divider.setVisible(false);
            back.setVisible(false);
            info.setVisible(false);
            return;
        }
        front.add(new CardText(prompt.card().front()));
        back.add(new CardText(prompt.card().back()));
        back.setVisible(false);
        divider.setVisible(false);
        show.setVisible(true);
        info.setVisible(true);
        info.add(new CardInfoPanel(flashcards.info(learner.id(), prompt.card().id()).orElseThrow()));
        for (Rating r : Rating.values()) {
            var button = new Button(label(r) + " · " + Intervals.between(clock.instant(), prompt.next().get(r).due()), e -> answer(r));
            button.setId("rate-" + r.grade());
            button.getElement().setAttribute("aria-keyshortcuts", String.valueOf(r.grade()));
            if (r == Rating.GOOD) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (r == Rating.AGAIN) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            ratings.add(button);
        }
        ratings.setVisible(false);
    }

    private void reveal() {
        if (prompt == null) {
            return;
        }
        revealed = true;
        back.setVisible(true);
        divider.setVisible(true);
        show.setVisible(false);
        ratings.setVisible(true);
        ratings.getChildren().filter(b -> "rate-3".equals(b.getId().orElse(""))).findFirst()
                .ifPresent(b -> ((Button) b).focus());
    }

    private void answer(Rating rating) {
        if (prompt == null || !revealed) {
            return; // rate only what was seen; a second press while the next card loads is dropped
        }
        String interval = Intervals.between(clock.instant(), prompt.next().get(rating).due());
        flashcards.answer(learner.stored(), prompt.card().id(), rating);
        refresh();
        status.setText("Answered " + label(rating) + ": seen again in " + interval + ".");
        focusCard();
    }

    private void undo() {
        if (!flashcards.canUndo(learner.id())) {
            return;
        }
        flashcards.undo(learner.stored());
        refresh();
        status.setText("Last answer undone.");
        focusCard();
    }

    private void focusCard() {
        if (show.isVisible()) {
            show.focus();
        } else {
            reviewArea.getElement().executeJs("this.focus({preventScroll: true})");
        }
    }

    static String label(Rating r) {
        String l = r.label();
        return l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1);
    }
}
