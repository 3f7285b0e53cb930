package org.backproplab.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a student in right after they registered, in the request that registered them, as the login
 * form would have: a new session id (no session fixation) and the security context kept in the
 * session. Someone who has just chosen a password is not asked to type it again at once.
 */
@Component
class SignInNow {
    private static final Logger LOG = LoggerFactory.getLogger(SignInNow.class);

    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInNow(UserDetailsService users) {
        this.users = users;
    }

    /**
     * @return whether the account is signed in now; false when this request cannot carry a new
     *         session (then the student logs in on the login page, as before)
     */
    boolean signIn(String username) {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || !(VaadinResponse.getCurrent() instanceof VaadinServletResponse response)) {
            return false;
        }
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            request.getHttpServletRequest().changeSessionId();
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
            return true;
        } catch (IllegalStateException | UnsupportedOperationException noSession) {
            LOG.warn("Could not sign {} in after registering: {}", username, noSession.toString());
            return false;
        }
    }
}
