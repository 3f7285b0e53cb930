package org.backproplab.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The app shell: a top bar, and a side navigation that folds into a drawer on phones. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);

        var title = new Anchor("", "Backprop Lab");
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

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        nav.addItem(new SideNavItem("Start here", "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem("Learn", "learn", VaadinIcon.ACADEMY_CAP.create()));
        nav.addItem(new SideNavItem("Practice", "practice", VaadinIcon.PENCIL.create()));
        nav.addItem(new SideNavItem("Playground", "playground", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Flashcards", "flashcards", VaadinIcon.CLIPBOARD_TEXT.create()));
        nav.addItem(new SideNavItem("Glossary", "glossary", VaadinIcon.BOOK.create()));
        // Teacher joins here once accounts exist: it is shown only to teachers.
        return nav;
    }
}
