package org.backproplab.security;

import com.vaadin.flow.component.Component;

/**
 * The login page's view, as a bean that the pages (security.ui) provide: the security set-up needs
 * the class, and this package must not depend on the pages built on it.
 */
public record LoginPage(Class<? extends Component> view) {
}
