package org.backproplab.lesson.link;

import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.Html;

import org.backproplab.lesson.format.LessonFiles;
import org.backproplab.lesson.render.TermMarkup;

/**
 * Plain text in which each glossary term shows its definition on hover and on keyboard focus (for
 * exercise feedback). The text is escaped: nothing in it is read as markup.
 */
public final class TermText {
    private static final TermMarkup MARKUP = new TermMarkup(LessonFiles.bundled().glossary());
    private static final AtomicLong IDS = new AtomicLong();

    private TermText() {
    }

    /** The text as one {@code span}, its terms explained. */
    public static Html of(String text) {
        return new Html("<span class=\"bpl-term-text\">" + MARKUP.html(text, "tt" + IDS.incrementAndGet()) + "</span>");
    }
}
