package org.backproplab.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import org.backproplab.security.InvalidFieldException;

/** Shows a service's refusal next to the field it is about; other fields lose their old messages. */
public final class Fields {

    private Fields() {
    }

    /** @param fields the form's fields by the names services use ("username", "password"...) */
    public static void show(InvalidFieldException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        var field = fields.get(e.field());
        if (field == null) {
            throw e; // a rule broken that the form has no field for: a bug, not input
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
