package org.backproplab.learner;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;

import org.springframework.stereotype.Component;

/**
 * The learner of the current Vaadin session, looked up once from the guest cookie and then kept by
 * this session-scoped bean (one per Vaadin session). Views ask this, never the cookie.
 * <p>
 * Drawing a page never writes: {@link #id()} reads. A guest who has stored nothing yet has no row,
 * only an id kept in the session; the row is created with that id by {@link #stored()}, which
 * whatever stores progress asks for first. So crawlers and one-page visits leave no rows behind.
 */
@Component
@VaadinSessionScope
public class CurrentLearner implements Serializable {

    /** @param active whether the learner's row was made sure of (and their visit noted) in this session */
    private record Known(UUID id, boolean active) implements Serializable {
    }

    private final transient LearnerService learners;
    private Known known;

    CurrentLearner(LearnerService learners) {
        this.learners = learners;
    }

    /** Who is learning, for reading: the stored learner, or the id a new guest's row will get. Never writes. */
    public UUID id() {
        return known().id();
    }

    /** Who is learning, for storing something: creates the learner's row if it does not exist yet. */
    public UUID stored() {
        Known known = known();
        if (!known.active()) {
            String token = token().orElseGet(GuestToken::generate);
            // The row may already exist (another session of the same browser): then its id wins.
            known = new Known(learners.learnerForGuestToken(token, known.id()).id(), true);
            this.known = known;
        }
        return known.id();
    }

    // Vaadin serves one request per session at a time, so the lazy look-up needs no lock.
    private Known known() {
        if (known == null) {
            UUID id = token().flatMap(learners::findByGuestToken).map(Learner::id).orElseGet(UUID::randomUUID);
            known = new Known(id, false);
        }
        return known;
    }

    /** The guest token of the current request; none outside a request (or in browserless tests). */
    private static Optional<String> token() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(GuestCookieFilter.TOKEN_ATTRIBUTE);
        return token instanceof String t ? Optional.of(t) : Optional.empty();
    }
}
