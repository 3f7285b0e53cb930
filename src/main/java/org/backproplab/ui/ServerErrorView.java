package org.backproplab.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** Anything that breaks while opening a page: a plain apology and an incident code, never a stack trace. */
@AnonymousAllowed // an error page is shown to whoever met the error
@PageTitle("Something went wrong — Backprop Lab")
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private final Paragraph incident = new Paragraph();

    public ServerErrorView() {
        addClassName("bpl-page");
        setId("server-error");
        // Shown without the app layout (the layout itself may be what failed), so it is its own main landmark.
        getElement().setAttribute("role", "main");
        add(new H1("Something went wrong on our side"),
                new Paragraph("Your progress is saved. Try again in a moment, or go back to the start page."),
                incident, new RouterLink("Go to the start page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        incident.setText("If you report this, mention incident " + Incidents.log(parameter.getCaughtException()) + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
