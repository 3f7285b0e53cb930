package org.backproplab.lesson.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.backproplab.lesson.domain.GradientCheck;

/** Run a gradient check: pick a function, a point and a step h; compare backprop's exact value with the estimates. */
class GradientCheckPanel extends Div {
    private static final int MAX_INPUT = 30;
    private final Div result = new Div();

    GradientCheckPanel() {
        setId("gradient-check");
        addClassName("bpl-summary");
        var function = new Select<GradientCheck.Function>();
        function.setLabel("Function f(w)");
        function.setItems(GradientCheck.Function.values());
        function.setItemLabelGenerator(GradientCheck.Function::label);
        function.setValue(GradientCheck.Function.EXP);
        function.setId("gc-function");
        var w = new TextField("At w");
        w.setValue("1");
        w.setId("gc-w");
        w.setMaxWidth("100%");
        var h = new Select<Double>();
        h.setLabel("Step h");
        h.setItems(GradientCheck.STEPS);
        h.setItemLabelGenerator(v -> String.format(Locale.ROOT, "%.0e", v).replace("e-0", "e-"));
        h.setValue(1e-5);
        h.setId("gc-h");
        var run = new Button("Check the gradient", e -> show(function.getValue(), w, h.getValue()));
        run.setId("gc-run");
        var row = new Div(function, w, h, run);
        row.addClassName("bpl-form-row");
        result.setId("gc-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H3("Run a gradient check"), new Paragraph("Backprop gives the exact derivative; the check estimates it "
                + "from two values of f. Try each h and watch the error fall, then rise again."), row, result);
    }

    private void show(GradientCheck.Function fn, TextField wField, double h) {
        result.removeAll();
        String text = wField.getValue() == null ? "" : wField.getValue().strip();
        double w;
        try {
            if (text.length() > MAX_INPUT) {
                throw new NumberFormatException();
            }
            w = Double.parseDouble(text.replace('−', '-'));
            GradientCheck.run(fn, w, h); // range check
        } catch (IllegalArgumentException e) { // NumberFormatException included
            wField.setInvalid(true);
            wField.setErrorMessage("Enter a number between −20 and 20 written with the digits 0–9, such as 1 or -0.5.");
            return;
        }
        wField.setInvalid(false);
        var r = GradientCheck.run(fn, w, h);
        result.add(line("Exact (backprop)", r.exact()), line("Central difference", r.central()),
                line("Relative error, central", r.centralError()), line("One-sided difference", r.oneSided()),
                line("Relative error, one-sided", r.oneSidedError()));
        var verdict = new Paragraph("Verdict: " + r.verdict() + ".");
        verdict.setId("gc-verdict");
        result.add(verdict);
    }

    private static Paragraph line(String what, double value) {
        return new Paragraph(new Span(what + ": "), new Span(String.format(Locale.ROOT, "%.10g", value)));
    }
}
