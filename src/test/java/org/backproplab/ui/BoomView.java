package org.backproplab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A page that fails while opening: only in tests, to see the server-error page. */
@Route("test-only/boom")
public class BoomView extends Div {
    public BoomView() {
        throw new IllegalStateException("secret internal detail");
    }
}
