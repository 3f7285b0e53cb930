package org.backproplab.flashcard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.backproplab.ui.component.MathText;

/** A card's side: plain text with TeX between {@code $} signs typeset by KaTeX. Text is never read as HTML. */
class CardText extends Div {
    CardText(String text) {
        addClassName("bpl-card-text");
        String[] pieces = text.split("\\$", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty()) {
                continue;
            }
            add(i % 2 == 0 ? new Span(pieces[i]) : new MathText(pieces[i], false));
        }
    }

    /** The text with its math as written, for lists and screen-reader labels. */
    static String plain(String text) {
        return text.replace("$", "");
    }
}
