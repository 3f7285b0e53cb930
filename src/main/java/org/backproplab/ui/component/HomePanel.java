package org.backproplab.ui.component;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A section of the start page about the learner's own work ("continue where you left off", the
 * assignments of their classes, the flashcards due...). Each feature offers its own as a Spring
 * bean; the start page shows them in {@link org.springframework.core.annotation.Order} order, so
 * a feature adds its section without the start page knowing it.
 */
public interface HomePanel {

    /** A new section for this learner, or nothing when there is nothing to say. */
    Optional<Component> panel(UUID learnerId);
}
