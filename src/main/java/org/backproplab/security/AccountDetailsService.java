package org.backproplab.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up for Spring Security's login; the user name is compared lower-case. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var account = accounts.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new AccountPrincipal(account, accounts.passwordHash(account.id()).orElseThrow());
    }
}
