package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.engine.Functions;
import org.backproplab.exercise.ui.PracticeView;
import org.backproplab.flashcard.ui.FlashcardsView;
import org.backproplab.learner.CurrentLearner;
import org.backproplab.lesson.ui.LearnView;
import org.backproplab.playground.PlaygroundView;
import org.backproplab.ui.chart.ChartClickEvent;
import org.backproplab.ui.chart.ChartOptions;
import org.backproplab.ui.chart.EChart;
import org.backproplab.ui.component.HomePanel;

/** Where a new learner lands: what this is, where to start, and a first picture of a derivative. */
@AnonymousAllowed
@Route("")
@Menu(order = 0, title = "Start here", icon = "vaadin:home")
@PageTitle("Backprop Lab — learn how neural networks learn")
public class HomeView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {
    static final double X_MIN = -6;
    static final double X_MAX = 6;
    static final double X_STEP = 0.1;

    private final EChart chart = new EChart();
    private final Paragraph picked = new Paragraph("Click anywhere on the chart to read σ and σ' at that z.");
    private final CurrentLearner learner;

    /**
     * @param panels the learner's own sections (continue, assignments, cards due...), each feature's
     *               {@link HomePanel}, in their {@code @Order}
     */
    public HomeView(CurrentLearner learner, List<HomePanel> panels) {
        this.learner = learner;
        addClassName("bpl-page");
        setPadding(false);

        add(new H1("Learn how neural networks learn"));
        if (!learner.isSignedIn()) {
            var guest = new Paragraph("You are learning as a guest: your progress lives only in this browser "
                    + "until you register. Registering keeps what you did here.");
            guest.setId("guest-notice");
            add(guest);
        }
        UUID id = learner.id();
        panels.forEach(p -> p.panel(id).ifPresent(this::add));
        add(new Paragraph("Backprop Lab teaches backpropagation: how a network finds out which of its "
                + "weights to blame for an error, and by how much. You read a short lesson, work the "
                + "gradients out by hand on exercises that tell you exactly where a slip happened, and "
                + "then watch a network of your own learn."));

        add(new H2("Where to start"));
        var cards = new Div(
                card("1. Learn", "The chain rule, the forward pass and the backward pass, in one sitting.", LearnView.class, "Read the lesson"),
                card("2. Practice", "Compute gradients by hand; each answer is checked and each mistake named.", PracticeView.class, "Try an exercise"),
                card("3. Playground", "Build a small network, train it step by step and look inside.", PlaygroundView.class, "Open the playground"),
                card("4. Remember", "Short flashcard reviews, spaced so that what you learn stays.", FlashcardsView.class, "Review cards"));
        cards.addClassName("bpl-start-cards");
        add(cards);

        add(new H2("A first derivative"));
        add(new Paragraph("The sigmoid σ(z) squashes any number into (0, 1). Its slope σ'(z) = σ(z)·(1 − σ(z)) "
                + "is what backpropagation multiplies by at every sigmoid unit. It is never more than 0.25, "
                + "and far from zero it is almost flat: one reason deep sigmoid networks learn slowly."));
        chart.setId("sigmoid-chart");
        chart.setOption(sigmoidOption());
        chart.addChartClickListener(this::pick);
        picked.setId("sigmoid-picked");
        picked.getElement().setAttribute("aria-live", "polite");
        add(chart, picked, sigmoidTable());
        setHorizontalComponentAlignment(Alignment.STRETCH, chart);
    }

    private static Div card(String title, String text, Class<? extends Component> page, String link) {
        var card = new Div(new H3(title), new Paragraph(text), new RouterLink(link, page));
        card.addClassName("bpl-start-card");
        return card;
    }

    private static ObjectNode sigmoidOption() {
        var option = ChartOptions.xy("σ(z) and its slope σ'(z)", "z", "");
        List<double[]> sigma = new ArrayList<>();
        List<double[]> slope = new ArrayList<>();
        int steps = (int) Math.round((X_MAX - X_MIN) / X_STEP);
        for (int i = 0; i <= steps; i++) {
            double z = X_MIN + i * X_STEP;
            sigma.add(new double[] {round(z), Functions.sigmoid(z)});
            slope.add(new double[] {round(z), Functions.sigmoidSlope(z)});
        }
        ChartOptions.line(option, "σ(z)", sigma);
        ChartOptions.line(option, "σ'(z)", slope);
        ChartOptions.scatter(option, "picked", List.of());
        return option;
    }

    private void pick(ChartClickEvent event) {
        double z;
        if (event.seriesIndex() >= 0 && event.seriesIndex() <= 1 && event.dataIndex() >= 0) {
            z = round(X_MIN + event.dataIndex() * X_STEP);
        } else if (event.seriesIndex() < 0) {
            OptionalDouble x = event.x();
            if (x.isEmpty()) {
                return;
            }
            z = round(Math.max(X_MIN, Math.min(X_MAX, x.getAsDouble())));
        } else {
            return;
        }
        double s = Functions.sigmoid(z);
        double d = Functions.sigmoidSlope(z);
        chart.appendData(2, List.of(new double[] {z, event.seriesIndex() == 1 ? d : s}), 10);
        picked.setText(String.format(Locale.ROOT,
                "At z = %.1f: σ(z) = %.4f and σ'(z) = %.4f × (1 − %.4f) = %.4f.", z, s, s, s, d));
    }

    /** The chart's text alternative: the same curves, sampled at whole numbers. */
    private static Details sigmoidTable() {
        var rows = new StringBuilder("<table><thead><tr><th scope=\"col\">z</th><th scope=\"col\">σ(z)</th>"
                + "<th scope=\"col\">σ'(z)</th></tr></thead><tbody>");
        for (int z = (int) X_MIN; z <= X_MAX; z++) {
            rows.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%.4f</td><td>%.4f</td></tr>",
                    z, Functions.sigmoid(z), Functions.sigmoidSlope(z)));
        }
        var table = new Html(rows.append("</tbody></table>").toString());
        var details = new Details("The chart as a table", table);
        details.setId("sigmoid-table");
        return details;
    }

    private static double round(double z) {
        return Math.round(z * 10) / 10.0;
    }

    /** Just registered (the registration page sends the new account here with {@code ?welcome}): say so once. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (learner.isSignedIn() && event.getLocation().getQueryParameters().getParameters().containsKey("welcome")) {
            var welcome = new Paragraph("Your account is ready and you are signed in: from now on your work is kept with it, "
                    + "on any device.");
            welcome.setId("welcome-notice");
            welcome.getElement().setAttribute("role", "status");
            addComponentAtIndex(1, welcome);
        }
    }
}
