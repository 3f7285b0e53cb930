package org.backproplab.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page around every view: theme, server push (live training charts), and the saved light/dark choice. */
@Push
@Theme("backprop-lab")
public class AppShell implements AppShellConfigurator {

    // Runs before the first paint, so a learner who chose dark never sees a white flash.
    private static final String APPLY_SAVED_THEME = """
            (function () {
              try {
                var saved = localStorage.getItem('bpl-theme');
                var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
                if (dark) document.documentElement.setAttribute('theme', 'dark');
              } catch (e) { /* storage blocked: stay light */ }
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Backprop Lab");
        settings.addMetaTag("description", "Learn backpropagation: compute gradients by hand, get told your mistake, watch a network learn.");
        settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_SAVED_THEME, Inline.Wrapping.JAVASCRIPT);
    }
}
