package org.backproplab.playground;

import java.time.Clock;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One playground per browser session, as a session-scoped bean: every tab and every reload of the
 * session finds the same one, and two sessions never share one. When the session ends, Spring
 * closes it, which stops its training; the memory goes with the session.
 */
@Configuration
class PlaygroundSessions {

    /** Created at XOR's defaults on first use; the clock times the idle stop. */
    @Bean(destroyMethod = "close")
    @VaadinSessionScope
    Playground playground(Clock clock) {
        return new Playground(PlaygroundSettings.defaults(PlaygroundSettings.DatasetKind.XOR), clock);
    }
}
