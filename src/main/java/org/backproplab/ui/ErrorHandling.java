package org.backproplab.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.backproplab.ui.component.UnknownAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures inside a click or a push (not a page load) reach the session's error handler: the
 * learner sees a short notice, the log gets the details. And an address that is no page at all
 * answers with a real 404.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    private final List<UnknownAddresses> unknownAddresses;

    ErrorHandling(List<UnknownAddresses> unknownAddresses) {
        this.unknownAddresses = unknownAddresses;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin answers a page's first request with the app's shell (200) and opens the view in a
        // second one, too late for the status. For an address no route matches, or whose id names
        // nothing (UnknownAddresses: a made-up exercise id), the first request opens the view itself ("eager server load"), so NotFoundView's 404 is the page's status.
        // Only there: once drawn, an eagerly loaded page is moved in the DOM, and every element on
        // it starts over (a chart is drawn twice, an opened drawer closes).
        var registry = event.getSource().getRouter().getRegistry();
        event.getSource().setBootstrapInitialPredicate(request -> {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
            return registry.getNavigationTarget(path).isEmpty()
                    || unknownAddresses.stream().anyMatch(addresses -> addresses.namesNothing(path));
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (Incidents.clientWentAway(error.getThrowable())) {
                LOG.debug("The browser went away while an answer was being written", error.getThrowable());
                return;
            }
            String code = Incidents.log(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                var notice = Notification.show("Something went wrong (incident " + code + "). Nothing you saved is lost.",
                        6000, Notification.Position.BOTTOM_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
