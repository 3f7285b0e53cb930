package org.backproplab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Switches Lumo between light and dark; the choice is kept in the browser's local storage. */
class ThemeToggle extends Button {
    private static final String TOGGLE = """
            const root = document.documentElement;
            const dark = !(root.getAttribute('theme') || '').split(' ').includes('dark');
            if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
            try { localStorage.setItem('bpl-theme', dark ? 'dark' : 'light'); } catch (e) {}
            """;

    ThemeToggle() {
        super(VaadinIcon.ADJUST.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel("Switch between light and dark theme");
        setTooltipText("Light / dark");
        setId("theme-toggle");
        addClickListener(e -> getElement().executeJs(TOGGLE));
    }
}
