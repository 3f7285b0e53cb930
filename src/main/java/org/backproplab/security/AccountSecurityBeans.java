package org.backproplab.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pieces of login that SecurityConfiguration plugs in: the password encoder and the throttled
 * user name and password check.
 */
@Configuration
class AccountSecurityBeans {

    /**
     * Spring's delegating encoder: new hashes are bcrypt, each stored with its "{bcrypt}" prefix, so
     * a stronger default later (Argon2) still reads every stored hash.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider accountAuthenticationProvider(AccountDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
