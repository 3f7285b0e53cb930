package org.backproplab.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Column headings of the dashboard's narrow, fixed-width columns (one per exercise or topic). */
final class Headings {

    private Headings() {
    }

    /** A heading that wraps onto more lines rather than being cut to "Add, then mu…". */
    static Component wrapping(String header) {
        var text = new Span(header);
        text.getStyle().set("white-space", "normal").set("hyphens", "auto").set("overflow-wrap", "break-word")
                .set("font-size", "var(--lumo-font-size-s)").set("line-height", "1.2");
        return text;
    }
}
