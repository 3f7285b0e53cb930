package org.backproplab.learner;

import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/**
 * The learner of the current Vaadin session: looked up once from the guest cookie, then kept in
 * the session. Views ask this, never the cookie.
 */
@Component
public class CurrentLearner {
    private static final String SESSION_KEY = CurrentLearner.class.getName();

    private final LearnerService learners;

    CurrentLearner(LearnerService learners) {
        this.learners = learners;
    }

    public UUID id() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("No Vaadin session: ask for the learner from a view or a UI task");
        }
        UUID id = (UUID) session.getAttribute(SESSION_KEY);
        if (id == null) {
            id = resolve().id();
            session.setAttribute(SESSION_KEY, id);
        }
        return id;
    }

    private Learner resolve() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(GuestCookieFilter.TOKEN_ATTRIBUTE);
        return token instanceof String t ? learners.learnerForGuestToken(t) : learners.newGuest();
    }
}
