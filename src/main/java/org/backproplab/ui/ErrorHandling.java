package org.backproplab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Failures inside a click or a push (not a page load) reach the session's error handler: the
 * learner sees a short notice, the log gets the details.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
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
