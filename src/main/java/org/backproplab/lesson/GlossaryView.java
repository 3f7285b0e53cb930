package org.backproplab.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Every term, searchable as you type. */
@AnonymousAllowed
@Route("glossary")
@Menu(order = 5, title = "Glossary", icon = "vaadin:book")
@PageTitle("Glossary — Backprop Lab")
public class GlossaryView extends VerticalLayout {
    private final Glossary glossary;
    private final Div list = new Div();

    public GlossaryView(Glossary glossary) {
        this.glossary = glossary;
        addClassName("bpl-page");
        setPadding(false);
        var search = new TextField();
        search.setPlaceholder("Find a term");
        search.setAriaLabel("Find a term");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show(e.getValue()));
        search.setId("glossary-search");
        list.setId("glossary-list");
        list.setWidthFull();
        add(new H1("Glossary"), search, list);
        show("");
    }

    private void show(String query) {
        list.removeAll();
        var found = glossary.search(query);
        if (found.isEmpty()) {
            list.add(new Paragraph("No term matches “" + query + "”."));
        }
        found.forEach(entry -> {
            var item = new Div(new H2(entry.term()), new Paragraph(entry.meaning()));
            if (!entry.see().isEmpty()) {
                item.add(new Paragraph("See also: " + String.join(", ", entry.see())));
            }
            item.addClassName("bpl-glossary-entry");
            list.add(item);
        });
    }
}
