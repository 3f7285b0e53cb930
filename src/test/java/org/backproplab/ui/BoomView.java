package org.backproplab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening: only in tests, to see the server-error page. */
@AnonymousAllowed
@Route("test-only/boom")
public class BoomView extends Div {
    public BoomView() {
        throw new IllegalStateException("secret internal detail");
    }
}
