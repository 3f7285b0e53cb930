package org.backproplab.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backproplab.learner.GuestCookie;
import org.backproplab.learner.LearnerService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the login form is sent. Success: the guest progress of this browser becomes
 * the account's (one transaction), then the page asked for, or the start page. Failure: back to the
 * login page with one message for every wrong name or password, another when throttled.
 */
@Component
public class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {
    public static final String FAILED = "login?error";
    public static final String THROTTLED = "login?throttled";

    private final AccountService accounts;
    private final LearnerService learners;

    LoginOutcomes(AccountService accounts, LearnerService learners) {
        this.accounts = accounts;
        this.learners = learners;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            GuestCookie.token(request).flatMap(learners::findByGuestToken)
                    .ifPresent(guest -> accounts.adoptGuest(principal.accountId(), guest.id()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof LoginThrottledException ? THROTTLED : FAILED;
        response.sendRedirect(request.getContextPath() + "/" + target);
    }
}
