package org.backproplab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/** Logging in through the app's provider: same failure for a wrong name and a wrong password, throttled per name and per address. */
@SpringBootTest
@ActiveProfiles("test")
class LoginThrottleTest {
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    AccountService accounts;

    private Authentication attempt(String user, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return provider.authenticate(token);
    }

    private String student() {
        String name = "th" + UUID.randomUUID().toString().substring(0, 8);
        accounts.registerStudent(name, "T", "a long enough secret", Optional.empty());
        return name;
    }

    @Test
    void aWrongNameAndAWrongPasswordFailAlike() {
        String name = student();
        Throwable wrongPassword = catchThrowable(() -> attempt(name, "not the secret", "10.0.0.1"));
        Throwable noSuchUser = catchThrowable(() -> attempt("nobody" + name, "not the secret", "10.0.0.1"));
        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(noSuchUser).isInstanceOf(BadCredentialsException.class).hasMessage(wrongPassword.getMessage());
        assertThat(attempt(name.toUpperCase(), "a long enough secret", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void fiveFailuresForANameStopEvenTheRightPassword() {
        String name = student();
        for (int i = 0; i < LoginThrottle.PER_USER; i++) {
            assertThatThrownBy(() -> attempt(name, "wrong password", "10.0.1." + Math.random())).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(name, "a long enough secret", "10.0.2.1")).isInstanceOf(LoginThrottledException.class);
        // Another name is not affected.
        assertThat(attempt(student(), "a long enough secret", "10.0.2.1").isAuthenticated()).isTrue();
    }

    @Test
    void manyFailuresFromOneAddressStopItForEveryName() {
        String address = "10.9." + (int) (Math.random() * 250) + ".7";
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            String guess = "guess" + i;
            assertThatThrownBy(() -> attempt(guess, "wrong password", address)).isInstanceOf(BadCredentialsException.class);
        }
        String name = student();
        assertThatThrownBy(() -> attempt(name, "a long enough secret", address)).isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(name, "a long enough secret", "10.8.0.1").isAuthenticated()).isTrue();
    }
}
