package org.backproplab.playground;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.ui.ComingSoon;

@Route("playground")
@PageTitle("Playground — Backprop Lab")
public class PlaygroundView extends Composite<Div> {
    @Override
    protected Div initContent() {
        return ComingSoon.page("Playground", "A small network of your own: build it, train it step by step or continuously, and inspect the gradients of one example.");
    }
}
