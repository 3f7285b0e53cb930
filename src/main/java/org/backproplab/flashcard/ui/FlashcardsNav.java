package org.backproplab.flashcard.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** Review · Browse · Statistics, on top of each flashcard page. */
final class FlashcardsNav {
    private FlashcardsNav() {
    }

    static Nav create() {
        var nav = new Nav(new RouterLink("Review", FlashcardsView.class), new RouterLink("Browse", BrowseView.class),
                new RouterLink("Statistics", StatsView.class));
        nav.getElement().setAttribute("aria-label", "Flashcards");
        nav.addClassName("bpl-flashcards-nav");
        nav.getStyle().set("display", "flex").set("gap", "1rem").set("flex-wrap", "wrap");
        return nav;
    }
}
