package org.backproplab.flashcard.ui;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.review.CardInfo;
import org.backproplab.flashcard.review.ReviewEntry;

/** A card's difficulty, stability, retrievability now and its review history. */
class CardInfoPanel extends Div {
    CardInfoPanel(CardInfo info) {
        setId("card-info-panel");
        var m = info.memory();
        if (m.state() == CardState.NEW) {
            add(new Paragraph("A new card: not reviewed yet."));
        } else {
            add(new Paragraph(String.format(Locale.ROOT, "State %s · difficulty %.2f (1–10) · stability %.2f days · "
                    + "retrievability now %.0f%% · %d reviews, %d lapses", m.state().label(), m.difficulty(), m.stability(),
                    100 * info.retrievabilityNow(), m.reps(), m.lapses())));
        }
        if (info.history().isEmpty()) {
            return;
        }
        var html = new StringBuilder("<table class=\"bpl-history\"><caption>Review history (UTC)</caption><thead><tr>"
                + "<th scope=\"col\">When</th><th scope=\"col\">Answer</th><th scope=\"col\">Interval</th><th scope=\"col\">Stability</th>"
                + "<th scope=\"col\">Difficulty</th></tr></thead><tbody>");
        for (ReviewEntry r : info.history()) {
            html.append("<tr><td>").append(r.reviewedAt().toString().replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", ""))
                    .append("</td><td>").append(FlashcardsView.label(r.rating()))
                    .append("</td><td>").append(Intervals.between(r.reviewedAt(), r.due()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", r.stability()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", r.difficulty())).append("</td></tr>");
        }
        add(new Html("<div style=\"overflow-x:auto\">" + html.append("</tbody></table>").append("</div>")));
    }
}
