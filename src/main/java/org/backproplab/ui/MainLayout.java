package org.backproplab.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The app shell: a top bar, and a side navigation that folds into a drawer on phones. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);

        var title = new RouterLink("Backprop Lab", HomeView.class);
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.HEADER);
        title.getStyle().set("text-decoration", "none");
        title.setId("app-title");

        var spacer = new Span();
        var bar = new HorizontalLayout(new DrawerToggle(), title, spacer, new ThemeToggle());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassNames(LumoUtility.Padding.End.SMALL);
        addToNavbar(bar);

        // No learner row is made here: drawing a page never writes (see CurrentLearner).
        var guest = new Paragraph("You are learning as a guest: your progress is kept in this browser.");
        guest.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.Horizontal.MEDIUM);
        guest.setId("learner-status");
        addToDrawer(new Scroller(navigation()), guest);
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
