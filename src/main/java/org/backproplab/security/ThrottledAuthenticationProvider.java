package org.backproplab.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring's user name and password check, behind the {@link LoginThrottle}. Every failure (an unknown
 * name included) is the same {@link BadCredentialsException}, and the encoder runs for unknown
 * names too (Spring's own timing guard), so neither the message nor the time tells whether a name exists.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(encoder);
        setUserDetailsService(users);
        setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = AccountRules.normalizeUsername(String.valueOf(authentication.getPrincipal()));
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.isThrottled(username, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication done = super.authenticate(authentication);
            throttle.succeeded(username);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
    }
}
