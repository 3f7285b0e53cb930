package org.backproplab.exercise.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The {@code :id} of a route, looked up; an unknown or forged id shows the friendly not-found page. */
final class RouteId {
    private static final int MAX_LENGTH = 100;

    private RouteId() {
    }

    static <T> Optional<T> find(BeforeEnterEvent event, Function<String, Optional<T>> lookup) {
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<T> found = id.length() > MAX_LENGTH ? Optional.empty() : lookup.apply(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "Nothing called " + id.substring(0, Math.min(id.length(), MAX_LENGTH)));
        }
        return found;
    }
}
