package org.backproplab.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import org.backproplab.security.InvalidFieldException;

/** Shows a service's refusal next to each field it is about; other fields lose their old messages. */
public final class Fields {

    private Fields() {
    }

    /** @param fields the form's fields by the names services use ("username", "password"...) */
    public static void show(InvalidFieldException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        if (!fields.keySet().containsAll(e.problems().keySet())) {
            throw e; // a rule broken that the form has no field for: a bug, not input
        }
        e.problems().forEach((name, message) -> {
            var field = fields.get(name);
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
