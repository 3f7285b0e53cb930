package org.backproplab.learner;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The learner of the current Vaadin session, looked up once from the guest cookie and then kept by
 * this session-scoped bean (one per Vaadin session). Views ask this, never the cookie. A signed-in
 * user is their account's learner instead, looked up from the security context on every call.
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

    /**
     * Who is learning, for reading: a signed-in user's own learner; else the stored guest, or the id
     * a new guest's row will get. Never writes.
     */
    public UUID id() {
        return signedIn().orElseGet(() -> known().id());
    }

    /** Who is learning, for storing something: creates a guest's row if it does not exist yet. */
    public UUID stored() {
        var account = signedIn();
        if (account.isPresent()) {
            return account.get();
        }
        Known known = known();
        if (!known.active()) {
            String token = token().orElseGet(GuestToken::generate);
            // The row may already exist (another session of the same browser): then its id wins.
            known = new Known(learners.learnerForGuestToken(token, known.id()).id(), true);
            this.known = known;
        }
        return known.id();
    }

    /** The guest of this browser (its cookie) when it has stored anything, whoever is signed in. */
    public Optional<UUID> storedGuest() {
        return token().flatMap(learners::findByGuestToken).map(Learner::id);
    }

    /**
     * Starts this session over as a new guest: after the guest's progress became an account's
     * (registration), its row is gone, and the next stored action makes a fresh one.
     */
    public void forgetGuest() {
        known = null;
    }

    /** Whether someone is signed in: their account's learner (asked on every call, as signing in or out changes it). */
    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    private static Optional<UUID> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInLearner user
                ? Optional.of(user.learnerId()) : Optional.empty();
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
