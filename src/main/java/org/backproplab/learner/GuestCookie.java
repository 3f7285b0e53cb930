package org.backproplab.learner;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Reads the guest token from a request's cookie: a forged or damaged cookie is no cookie at all. */
public final class GuestCookie {

    private GuestCookie() {
    }

    public static Optional<String> token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (GuestToken.COOKIE.equals(cookie.getName()) && GuestToken.isWellFormed(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
