package org.backproplab.playground;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/**
 * Keeps each browser session's playground in its Vaadin session, so a reload finds it again and
 * two sessions never share one. When the session ends, its training stops and the memory goes
 * with the session.
 */
@Component
public class PlaygroundSessions implements VaadinServiceInitListener {
    private static final String KEY = Playground.class.getName();

    /** The current session's playground, created at XOR's defaults on first use. */
    public Playground current() {
        VaadinSession session = VaadinSession.getCurrent();
        Playground p = (Playground) session.getAttribute(KEY);
        if (p == null) {
            p = new Playground(PlaygroundSettings.defaults(PlaygroundSettings.DatasetKind.XOR));
            session.setAttribute(KEY, p);
        }
        return p;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            Playground p = (Playground) e.getSession().getAttribute(KEY);
            if (p != null) {
                p.setRunning(false);
                p.listener(null);
            }
        });
    }
}
