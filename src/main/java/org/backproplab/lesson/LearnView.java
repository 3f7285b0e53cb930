package org.backproplab.lesson;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.ui.ComingSoon;

@Route("learn")
@PageTitle("Learn — Backprop Lab")
public class LearnView extends Composite<Div> {
    @Override
    protected Div initContent() {
        return ComingSoon.page("Learn", "Lessons on the chain rule, the forward and backward pass, loss functions and gradient descent, each with worked examples and memory aids.");
    }
}
