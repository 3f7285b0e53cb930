package org.backproplab.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password, because of too many failures (see {@link LoginThrottle}). */
class LoginThrottledException extends AuthenticationException {
    LoginThrottledException() {
        super("Too many failed logins: wait a few minutes");
    }
}
