package org.backproplab.security;

/**
 * Input refused by a rule, with the field it belongs to, so that a form shows the message next to
 * that field. Services check every rule again: a view's own check is for the user's comfort only.
 */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to ("username", "password", "joinCode"...). */
    public String field() {
        return field;
    }
}
