package org.backproplab.flashcard.ui;

import java.time.Clock;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.flashcard.review.FlashcardService.Listed;
import org.backproplab.learner.CurrentLearner;

/** Every card of the decks: search, suspend or unsuspend, reset. */
@AnonymousAllowed
@Route("flashcards/browse")
@PageTitle("Browse flashcards — Backprop Lab")
public class BrowseView extends VerticalLayout {
    private static final int MAX_QUERY = 200;
    private final FlashcardService flashcards;
    private final CurrentLearner learner;
    private final Clock clock;
    private final TextField search = new TextField("Search cards");
    private final Grid<Listed> grid = new Grid<>();
    private final Paragraph status = new Paragraph();

    public BrowseView(FlashcardService flashcards, CurrentLearner learner, Clock clock) {
        this.flashcards = flashcards;
        this.learner = learner;
        this.clock = clock;
        addClassName("bpl-page");
        setPadding(false);
        search.setId("card-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(MAX_QUERY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidthFull();
        grid.setId("card-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(l -> new CardText(l.card().front()))).setHeader("Front").setFlexGrow(3);
        grid.addColumn(l -> l.card().deck()).setHeader("Deck").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::stateText).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        status.getElement().setAttribute("role", "status");
        add(new H1("Browse flashcards"), FlashcardsNav.create(), search, status, grid);
        refresh();
    }

    private String stateText(Listed l) {
        String s = l.suspended() ? "suspended" : l.state().label();
        if (!l.suspended() && l.state() != CardState.NEW && l.due() != null) {
            s += l.due().isAfter(clock.instant()) ? ", due in " + Intervals.between(clock.instant(), l.due()) : ", due now";
        }
        return l.fromMistake() && l.state() == CardState.NEW ? s + " (from a mistake)" : s;
    }

    private HorizontalLayout actions(Listed l) {
        String name = CardText.plain(l.card().front());
        var suspend = new Button(l.suspended() ? "Unsuspend" : "Suspend", e -> {
            flashcards.setSuspended(learner.stored(), l.card().id(), !l.suspended());
            status.setText((l.suspended() ? "Unsuspended: " : "Suspended: ") + name);
            refresh();
        });
        suspend.setId("suspend-" + l.card().id());
        suspend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        suspend.getElement().setAttribute("aria-label", (l.suspended() ? "Unsuspend " : "Suspend ") + name);
        var reset = new Button("Reset", e -> {
            flashcards.reset(learner.stored(), l.card().id());
            status.setText("Reset to new: " + name);
            refresh();
        });
        reset.setId("reset-" + l.card().id());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.getElement().setAttribute("aria-label", "Reset " + name);
        reset.setEnabled(l.state() != CardState.NEW);
        var layout = new HorizontalLayout(suspend, reset);
        layout.setSpacing(false);
        layout.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        return layout;
    }

    private void refresh() {
        var list = flashcards.browse(learner.id(), search.getValue());
        grid.setItems(list);
        status.setText(list.size() + (list.size() == 1 ? " card" : " cards"));
    }
}
