package org.backproplab.ui.component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The honest page of a section that is not built yet: what it will hold, and where to go now. */
// The start page is the app's root (""): a plain link keeps shared components free of the shell's classes.
public final class ComingSoon {
    private ComingSoon() {
    }

    public static Div page(String title, String promise) {
        var page = new Div(new H1(title), new Paragraph(promise),
                new Paragraph("This part of Backprop Lab is being built."), new Anchor("", "Back to the start page"));
        page.addClassName("bpl-page");
        return page;
    }
}
