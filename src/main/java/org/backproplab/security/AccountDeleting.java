package org.backproplab.security;

import java.util.UUID;

/**
 * Published inside the transaction that deletes an account, before its row goes: whatever refers
 * to the account (class memberships...) removes its rows on hearing it, with a plain {@code @EventListener}.
 */
public record AccountDeleting(UUID accountId) {
}
