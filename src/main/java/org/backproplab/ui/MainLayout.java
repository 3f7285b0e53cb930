package org.backproplab.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.backproplab.security.CurrentUser;
import org.backproplab.security.ui.AccountMenu;

/**
 * The app shell: a top bar, and a side navigation that folds into a drawer on phones. Every piece
 * of it sits in a landmark (banner, navigation, a named region, main), so a screen reader can jump
 * between them; the first thing a keyboard reaches is the link that skips to the page's content.
 */
@Layout
@AnonymousAllowed // the shell is around every page; each page says itself who may open it
public class MainLayout extends AppLayout {
    static final String MAIN_ID = "main-content";

    // AppLayout's own content slot has no landmark role: the page goes into a <main> of ours.
    private final Main main = new Main();

    public MainLayout(CurrentUser user, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        var title = new RouterLink("Backprop Lab", HomeView.class);
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.HEADER);
        title.getStyle().set("text-decoration", "none");
        title.setId("app-title");

        var spacer = new Span();
        var bar = new HorizontalLayout(skipLink(), new DrawerToggle(), title, spacer,
                new AccountMenu(user, authentication), new ThemeToggle());
        bar.setWidthFull();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-s)"); // a phone's 360 px hold the name, the account and the toggles
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassNames(LumoUtility.Padding.End.SMALL);
        var banner = new Header(bar);
        banner.setWidthFull();
        addToNavbar(banner);

        // No learner row is made here: drawing a page never writes (see CurrentLearner).
        var guest = new Paragraph(user.displayName().map(name -> "Signed in as " + name + ": your progress is kept with your account.")
                .orElse("You are learning as a guest: your progress lives only in this browser until you register."));
        guest.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.Horizontal.MEDIUM);
        guest.setId("learner-status");
        // AppLayout.Section (the drawer or navbar) shadows the name of the html element.
        var status = new com.vaadin.flow.component.html.Section(guest);
        status.getElement().setAttribute("aria-label", "Your progress");
        addToDrawer(new Scroller(navigation()), status);

        main.setId(MAIN_ID);
        // Focusable from script only, so that the skip link can move the keyboard focus here.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    /** Each page goes inside the main landmark, not straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        afterNavigation();
    }

    /**
     * Hidden until focused. The page has a {@code <base>} that is not the page's own address, so a
     * plain {@code #main-content} link would load the start page: the click moves the focus instead.
     */
    private static Anchor skipLink() {
        var skip = new Anchor("#" + MAIN_ID, "Skip to content");
        skip.setId("skip-link");
        skip.addClassName(AppShell.SKIP_LINK_CLASS);
        skip.getElement().setAttribute("router-ignore", "");
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById($0);
                  main.focus();
                  main.scrollIntoView();
                });
                """, MAIN_ID);
        return skip;
    }

    /**
     * The menu is the views' own {@code @Menu} annotations, in their order. MenuConfiguration
     * leaves out views the current user may not open, so pages for teachers only appear to teachers.
     */
    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))));
        return nav;
    }
}
