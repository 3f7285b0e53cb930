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
    private static final org.backproplab.lesson.domain.Glossary GLOSSARY = LessonFiles.bundled().glossary();
    private static final TermMarkup MARKUP = new TermMarkup(GLOSSARY);
    private static final AtomicLong IDS = new AtomicLong();

    private TermText() {
    }

    /**
     * The glossary terms a text mentions, as one line of links whose definitions show on hover and
     * keyboard focus ("Terms: chain rule, sigmoid"); empty when it mentions none.
     */
    public static java.util.Optional<Html> termsOf(String text) {
        var names = MARKUP.mentioned(text).stream().map(id -> GLOSSARY.entry(id).orElseThrow().term()).sorted().toList();
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Html("<span class=\"bpl-term-text\">Terms: "
                + MARKUP.html(String.join(", ", names), "tt" + IDS.incrementAndGet()) + "</span>"));
    }

    /** The text as one {@code span}, its terms explained. */
    public static Html of(String text) {
        return new Html("<span class=\"bpl-term-text\">" + MARKUP.html(text, "tt" + IDS.incrementAndGet()) + "</span>");
    }
}
