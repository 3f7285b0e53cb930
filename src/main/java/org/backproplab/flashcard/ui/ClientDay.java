package org.backproplab.flashcard.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

import org.backproplab.flashcard.review.LearnerDay;

/** The learner's days in the browser's time zone; UTC until the browser has said (or if it says nonsense). */
final class ClientDay {
    private ClientDay() {
    }

    static LearnerDay fallback() {
        return new LearnerDay(ZoneOffset.UTC);
    }

    /** Asks the browser for its time zone and hands the learner's days to {@code then}. */
    static void ask(UI ui, Consumer<LearnerDay> then) {
        ui.getPage().retrieveExtendedClientDetails(details -> then.accept(new LearnerDay(zone(details.getTimeZoneId()))));
    }

    static ZoneId zone(String id) {
        try {
            return id == null || id.length() > 64 ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
