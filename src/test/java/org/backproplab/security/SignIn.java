package org.backproplab.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** For browserless tests: the security context a login leaves behind, for one account. */
public final class SignIn {

    private SignIn() {
    }

    /**
     * Signs in for the rest of the test: Spring's security context (what the app's services read)
     * and the mocked request's principal and roles (what Vaadin's navigation access control reads).
     */
    public static void as(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        var request = request();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> principal.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Back to a guest. */
    public static void out() {
        SecurityContextHolder.clearContext();
        var request = request();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, role) -> false);
    }

    private static FakeRequest request() {
        jakarta.servlet.ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }
}
