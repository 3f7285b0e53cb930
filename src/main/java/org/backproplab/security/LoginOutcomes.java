package org.backproplab.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backproplab.learner.GuestCookie;
import org.backproplab.learner.LearnerService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What happens after the login form is sent. Success (Spring's event, so that Vaadin's own success
 * handler still chooses the page to show): the guest progress of this browser becomes the account's,
 * in one transaction. Failure: back to the login page with one message for every wrong name or
 * password, another when throttled.
 */
@Component
public class LoginOutcomes implements AuthenticationFailureHandler {
    public static final String FAILED = "login?error";
    public static final String THROTTLED = "login?throttled";

    private final AccountService accounts;
    private final LearnerService learners;

    LoginOutcomes(AccountService accounts, LearnerService learners) {
        this.accounts = accounts;
        this.learners = learners;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            GuestCookie.token(attributes.getRequest()).flatMap(learners::findByGuestToken)
                    .ifPresent(guest -> accounts.adoptGuest(principal.accountId(), guest.id()));
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof LoginThrottledException ? THROTTLED : FAILED;
        response.sendRedirect(request.getContextPath() + "/" + target);
    }
}
