package org.backproplab.security;

/** What an account may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    STUDENT, TEACHER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
