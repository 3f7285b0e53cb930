package org.backproplab.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in for the request being served: read from Spring Security's context on every
 * call (Vaadin's requests, push included, carry it), so it is right after a login or logout in the
 * same session. Empty for a guest. Services are given {@link #accountId()} and check rights themselves.
 */
@Component
public class CurrentUser {

    public Optional<UUID> accountId() {
        return principal().map(AccountPrincipal::accountId);
    }

    /** The account's learner: what its attempts are keyed on. */
    public Optional<UUID> learnerId() {
        return principal().map(AccountPrincipal::learnerId);
    }

    public Optional<String> displayName() {
        return principal().map(AccountPrincipal::displayName);
    }

    /** @param role "STUDENT", "TEACHER" or "ADMIN" (as in {@code @RolesAllowed}) */
    public boolean hasRole(String role) {
        return principal().map(p -> p.role().name().equals(role)).orElse(false);
    }

    public Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
