package org.backproplab.ui;

import java.util.Map;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: theme, server push (live training charts), the saved light/dark
 * choice, and the icon (static files under META-INF/resources: no front-end build needed).
 */
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

    static final String SKIP_LINK_CLASS = "bpl-skip-link";

    /*
     * Shell rules kept here rather than in the theme, which is compiled into the production bundle.
     * The skip link is out of sight until the keyboard reaches it; the main landmark it focuses
     * needs no ring of its own. Field labels (a quiz question is one) wrap instead of running off a
     * phone's screen: Lumo keeps them on one line. On a phone the app's name and a long account name
     * share the bar, each cut with an ellipsis (the name is in full on the account page and in the drawer).
     */
    private static final String SHELL_STYLE = """
            .%1$s {
              position: absolute; top: var(--lumo-space-xs); left: var(--lumo-space-xs); z-index: 10;
              padding: var(--lumo-space-s) var(--lumo-space-m); border-radius: var(--lumo-border-radius-m);
              background: var(--lumo-base-color); color: var(--lumo-primary-text-color);
              box-shadow: var(--lumo-box-shadow-m); transform: translateY(-200%%);
            }
            .%1$s:focus { transform: none; }
            #%2$s:focus { outline: none; }
            vaadin-radio-group > label[slot="label"], vaadin-text-field > label[slot="label"] { white-space: normal; }
            bpl-math { display: inline-block; position: relative; max-width: 100%%; overflow-x: auto; overflow-y: hidden; vertical-align: middle; }
            bpl-math[display], .katex-display { display: block; }
            h1, h2, h3 { overflow-wrap: anywhere; }
            [id] { scroll-margin-top: calc(var(--vaadin-app-layout-navbar-offset-top, 0px) + 4.5rem); }
            #app-title { min-width: 5em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
            #account-menu { min-width: 0; }
            #login-link, #register-link { white-space: nowrap; }
            #account-name { display: block; min-width: 0; max-width: 28vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
            """.formatted(SKIP_LINK_CLASS, MainLayout.MAIN_ID);

    // Vaadin adds its connection indicator ("Online", "Connection lost") outside every landmark; as
    // a status it is a live region, which is where such a message belongs (and what axe asks for).
    private static final String CONNECTION_STATUS = """
            (function () {
              function mark() {
                var indicator = document.querySelector('vaadin-connection-indicator');
                if (indicator) indicator.setAttribute('role', 'status');
                return indicator !== null;
              }
              if (!mark()) {
                new MutationObserver(function (changes, observer) {
                  if (mark()) observer.disconnect();
                }).observe(document.documentElement, { childList: true, subtree: true });
              }
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Backprop Lab");
        settings.addMetaTag("description", "Learn backpropagation: compute gradients by hand, get told your mistake, watch a network learn.");
        settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_SAVED_THEME, Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(Inline.Position.APPEND, SHELL_STYLE, Inline.Wrapping.STYLESHEET);
        settings.addInlineWithContents(Inline.Position.APPEND, CONNECTION_STATUS, Inline.Wrapping.JAVASCRIPT);
        settings.addLink("icons/icon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
