package org.backproplab.learner;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser a long-lived guest token on its first page load. Nothing is written to the
 * database here: the learner row is created when the learner first stores something.
 */
@Component
class GuestCookieFilter extends OncePerRequestFilter {
    static final String TOKEN_ATTRIBUTE = GuestCookieFilter.class.getName() + ".token";
    private static final Duration LIFETIME = Duration.ofDays(400); // the most browsers keep a cookie

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator") || path.startsWith("/VAADIN/") || path.startsWith("/themes/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = readToken(request);
        if (token == null) {
            token = GuestToken.generate();
            response.addHeader("Set-Cookie", ResponseCookie.from(GuestToken.COOKIE, token)
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(LIFETIME).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                    .build().toString());
        }
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        chain.doFilter(request, response);
    }

    private static String readToken(HttpServletRequest request) {
        return GuestCookie.token(request).orElse(null);
    }
}
