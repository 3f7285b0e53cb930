package org.backproplab.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.backproplab.learner.SignedInLearner;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security keeps it in the session. The password hash is erased
 * once authentication is done, so the session never holds it.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInLearner {
    private final UUID accountId;
    private final UUID learnerId;
    private final String username;
    private final String displayName;
    private final Role role;
    private String passwordHash;

    AccountPrincipal(Account account, String passwordHash) {
        this.accountId = account.id();
        this.learnerId = account.learnerId();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.passwordHash = passwordHash;
    }

    public UUID accountId() {
        return accountId;
    }

    @Override
    public UUID learnerId() {
        return learnerId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role + "]";
    }
}
