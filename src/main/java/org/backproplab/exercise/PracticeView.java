package org.backproplab.exercise;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.backproplab.ui.ComingSoon;

@Route("practice")
@PageTitle("Practice — Backprop Lab")
public class PracticeView extends Composite<Div> {
    @Override
    protected Div initContent() {
        return ComingSoon.page("Practice", "Graded exercises: compute gradients by hand on your own variant; each answer is checked, each likely mistake named, and the worked solution drawn as a graph.");
    }
}
