package org.backproplab.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused by a rule, with the field it belongs to, so that a form shows the message next to
 * that field. Where a service checks several fields at once it reports every field that breaks a
 * rule, so that the learner corrects them in one go. Services check every rule again: a view's own
 * check is for the user's comfort only.
 */
public class InvalidFieldException extends RuntimeException {
    private final Map<String, String> problems;

    public InvalidFieldException(String field, String message) {
        this(Map.of(field, message));
    }

    /** @param problems messages by field, in the form's order (at least one) */
    public InvalidFieldException(Map<String, String> problems) {
        super(problems.values().iterator().next());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The first form field a message belongs to ("username", "password", "joinCode"...). */
    public String field() {
        return problems.keySet().iterator().next();
    }

    /** Every field refused, with its message, in the form's order. */
    public Map<String, String> problems() {
        return problems;
    }
}
