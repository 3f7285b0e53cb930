package org.backproplab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The honest page of a section that is not built yet: what it will hold, and where to go now. */
public final class ComingSoon {
    private ComingSoon() {
    }

    public static Div page(String title, String promise) {
        var page = new Div(new H1(title), new Paragraph(promise),
                new Paragraph("This part of Backprop Lab is being built."), new RouterLink("Back to the start page", HomeView.class));
        page.addClassName("bpl-page");
        return page;
    }
}
