package org.backproplab.flashcard;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.ui.component.ComingSoon;

@AnonymousAllowed
@Route("flashcards")
@Menu(order = 4, title = "Flashcards", icon = "vaadin:clipboard-text")
@PageTitle("Flashcards — Backprop Lab")
public class FlashcardsView extends Composite<Div> {
    @Override
    protected Div initContent() {
        return ComingSoon.page("Flashcards", "Spaced-repetition flashcards on the terms and rules of backpropagation, including cards made from your own mistakes.");
    }
}
