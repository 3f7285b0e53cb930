package org.backproplab.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A formula in TeX, typeset in the browser by KaTeX (fonts bundled with the app). */
@Tag("bpl-math")
@NpmPackage(value = "katex", version = "0.16.22")
@JsModule("./components/bpl-math.ts")
public class MathText extends Component {
    public MathText(String tex, boolean display) {
        setTex(tex);
        if (display) {
            getElement().setAttribute("display", "");
        }
    }

    public void setTex(String tex) {
        getElement().setAttribute("tex", tex);
    }
}
