package org.backproplab.playground;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.backproplab.engine.network.Loss;
import org.backproplab.engine.network.Network;
import org.backproplab.ui.chart.ChartClickEvent;
import org.backproplab.ui.chart.ChartTable;
import org.backproplab.ui.chart.EChart;

/** A network of the learner's own: build it, train it step by step or continuously, look inside one example. */
@AnonymousAllowed
@Route("playground")
@Menu(order = 3, title = "Playground", icon = "vaadin:cluster")
@PageTitle("Playground — Backprop Lab")
public class PlaygroundView extends VerticalLayout {
    private final TrainingService training;
    private final Playground playground;

    private final Paragraph message = new Paragraph();
    private final Paragraph warning = new Paragraph();
    private final SettingsForm form = new SettingsForm(this::apply, message::setText);
    private final Span epochs = new Span();
    private final Span steps = new Span();
    private final ProgressBar busy = new ProgressBar();
    private final Button play = new Button("Play");
    private final EChart lossChart = new EChart();
    private final EChart accuracyChart = new EChart();
    private final EChart boundaryChart = new EChart();
    private final EChart gradientChart = new EChart();
    private final EChart diagram = new EChart();
    private final Div diagramFrame = new Div(diagram);
    private final ChartTable accuracyTable = new ChartTable(accuracyChart, "The accuracy chart as a table");
    private final Paragraph inspectText = new Paragraph();
    private final Button inspectBack = new Button("Step back");
    private Inspection inspection;
    private int shownFirst = -1;
    private int shownLast = -1;
    private long shownGeneration;
    /** This tab's watcher: training and the other tabs' changes reach this tab through it. */
    private Consumer<Playground> watcher;
    private Registration progress;

    /** {@code playground} is the session's: every tab of the session shows the same one. */
    public PlaygroundView(TrainingService training, Playground playground) {
        this.training = training;
        this.playground = playground;
        addClassName("bpl-page");
        setPadding(false);
        getStyle().set("--bpl-max-width", "80rem");
        add(new H1("Playground"));
        add(new Paragraph("Choose a dataset and a network, then train it one batch at a time or let it run. "
                + "Click a training point on the decision boundary to follow that one example forward and backward."));
        // The side menu says progress is kept in this browser; the playground is not progress, and not kept.
        var lifetime = new Paragraph("Your playground lasts as long as this browser session: a reload or another tab "
                + "shows the same network, but it is not saved. Closing the browser, or about 30 minutes away, "
                + "starts you afresh.");
        lifetime.setId("pg-lifetime");
        add(lifetime);
        add(form, controls(), message, warning);
        message.setId("pg-message");
        message.addClassName("bpl-wrong");
        warning.setId("pg-warning");
        warning.addClassName("bpl-wrong");
        var charts = new Div(lossChart, accuracyChart, boundaryChart, gradientChart);
        charts.addClassName("bpl-chart-grid");
        // The theme's 22rem columns are wider than a phone: no column wider than the page.
        charts.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(22rem, 100%), 1fr))");
        lossChart.setId("pg-loss");
        accuracyChart.setId("pg-accuracy");
        boundaryChart.setId("pg-boundary");
        gradientChart.setId("pg-gradients");
        diagram.setId("pg-diagram");
        diagram.getStyle().set("margin", "0 auto");
        // The diagram keeps its labels apart by keeping its size: on a narrow screen it scrolls sideways
        // in its frame rather than squeezing its columns together or widening the page.
        diagramFrame.setId("pg-diagram-frame");
        diagramFrame.setWidthFull();
        diagramFrame.getStyle().set("overflow-x", "auto");
        diagramFrame.getElement().setAttribute("tabindex", "0"); // a region that scrolls is reachable by keyboard
        diagramFrame.getElement().setAttribute("role", "region");
        diagramFrame.getElement().setAttribute("aria-label", "The network diagram");
        boundaryChart.addChartClickListener(this::inspect);
        inspectBack.setId("pg-inspect-back");
        inspectBack.addClickListener(e -> {
            if (inspection != null) {
                inspection.stepBack();
                renderInspection();
            }
        });
        var closeInspect = new Button("Back to the whole network", e -> {
            inspection = null;
            renderInspection();
        });
        inspectText.setId("pg-inspect-text");
        // The charts' text alternatives, next in the keyboard's order after the charts.
        var tables = new Div(new ChartTable(lossChart, "The loss chart as a table"), accuracyTable,
                new ChartTable(gradientChart, "The gradient chart as a table"));
        tables.setId("pg-chart-tables");
        add(charts, tables, diagramFrame, new HorizontalLayout(inspectBack, closeInspect), inspectText);
        form.show(playground.settings());
        refresh(true);
    }

    private HorizontalLayout controls() {
        var step = new Button("Step", e -> {
            training.step(playground, watcher);
            refresh(false);
        });
        step.setId("pg-step");
        var epoch = new Button("Epoch", e -> {
            training.epoch(playground, watcher);
            refresh(false);
        });
        epoch.setId("pg-epoch");
        play.setId("pg-play");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClickListener(e -> {
            if (playground.isRunning()) {
                training.pause(playground);
            } else {
                training.play(playground);
            }
            refresh(false);
        });
        var reset = new Button("Reset", e -> {
            training.reset(playground, playground.settings(), watcher);
            message.setText("");
            inspection = null;
            refresh(true);
        });
        reset.setId("pg-reset");
        epochs.setId("pg-epoch-count");
        steps.setId("pg-step-count");
        busy.setIndeterminate(true);
        busy.setWidth("6rem");
        busy.setId("pg-busy");
        var bar = new HorizontalLayout(play, step, epoch, reset, epochs, steps, busy);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        return bar;
    }

    /** Settings that passed the form's rules: a new network, trained from scratch. */
    private void apply(PlaygroundSettings settings) {
        training.reset(playground, settings, watcher);
        message.setText("");
        inspection = null;
        refresh(true);
    }

    private void inspect(ChartClickEvent event) {
        if (playground.settings().dataset().isRegression() || event.seriesIndex() != 1 || event.dataIndex() < 0) {
            return;
        }
        var data = playground.trainData();
        int e = Math.min(event.dataIndex(), data.size() - 1);
        inspection = new Inspection(playground.network(), data.x()[e], data.y()[e], playground.settings().loss(), e);
        renderInspection();
    }

    private void renderInspection() {
        drawDiagram(playground.network());
        inspectBack.setEnabled(inspection != null);
        if (inspection == null) {
            inspectText.setText("");
            return;
        }
        inspectText.setText(inspection.title() + ". " + inspection.outputSentence() + (inspection.revealedLayers() == 0
                ? " Forward values are beside the units; press Step back to send the error backward."
                : String.format(Locale.ROOT, " Gradients shown for the last %d layer(s); output ∂E/∂z = %s.",
                        inspection.revealedLayers(), Inspection.number(inspection.dz(playground.network().layers(), 1)))));
    }

    private void drawDiagram(Network net) {
        diagram.setOption(PlaygroundCharts.diagram(net, inspection, playground.settings().loss() == Loss.BCE_WITH_LOGITS));
        // Drawn at its own size, never stretched: ECharts would stretch the units into ellipses.
        diagram.setHeight(PlaygroundCharts.diagramHeight(net) + "px");
        diagram.setWidth(PlaygroundCharts.diagramWidth(net) + "px");
    }

    /**
     * What the watcher runs: training went on, or another tab changed the playground. A reset there
     * means a new network here too: its settings in the form, and no inspection of the old one.
     */
    private void update() {
        if (playground.generation() != shownGeneration) {
            form.show(playground.settings());
            message.setText("");
            inspection = null;
            refresh(true);
        } else {
            refresh(false);
        }
    }

    private void refresh(boolean full) {
        shownGeneration = playground.generation();
        var history = playground.history();
        epochs.setText("Epoch " + playground.epochs());
        steps.setText(stepText());
        busy.setVisible(playground.isRunning());
        play.setText(playground.isRunning() ? "Pause" : "Play");
        String diverged = playground.diverged();
        if (diverged != null) {
            message.setText(diverged);
        }
        String tooHigh = playground.warning();
        warning.setText(tooHigh == null ? "" : tooHigh);
        warning.setVisible(tooHigh != null);
        boolean contiguous = !history.isEmpty() && history.get(0).epoch() == shownFirst && !full;
        if (contiguous) {
            var fresh = history.stream().filter(p -> p.epoch() > shownLast).toList();
            if (!fresh.isEmpty()) {
                lossChart.appendData(0, PlaygroundCharts.points(fresh, true, true), 0);
                lossChart.appendData(1, PlaygroundCharts.points(fresh, false, true), 0);
                accuracyChart.appendData(0, PlaygroundCharts.points(fresh, true, false), 0);
                accuracyChart.appendData(1, PlaygroundCharts.points(fresh, false, false), 0);
            }
        } else {
            lossChart.setOption(PlaygroundCharts.losses(history));
            accuracyChart.setOption(PlaygroundCharts.accuracy(history));
        }
        accuracyChart.setVisible(!playground.settings().dataset().isRegression());
        accuracyTable.setVisible(accuracyChart.isVisible());
        shownFirst = history.isEmpty() ? -1 : history.get(0).epoch();
        shownLast = history.isEmpty() ? -1 : history.get(history.size() - 1).epoch();
        var net = playground.network();
        gradientChart.setOption(PlaygroundCharts.gradients(history, net.layers()));
        boundaryChart.setOption(PlaygroundCharts.boundary(net, playground.trainData(), playground.settings().dataset().isRegression(),
                playground.settings().loss() == Loss.BCE_WITH_LOGITS));
        if (inspection == null) {
            drawDiagram(net);
            inspectBack.setEnabled(false);
        }
    }

    /** Step trains one batch, which moves no chart (they plot whole epochs): this line shows it happened. */
    private String stepText() {
        long taken = playground.steps();
        if (taken == 0) {
            return "no steps yet";
        }
        int into = playground.examplesIntoEpoch();
        return into == 0
                ? String.format(Locale.ROOT, "%d %s", taken, taken == 1 ? "step" : "steps")
                : String.format(Locale.ROOT, "%d %s, %d of %d examples into epoch %d", taken, taken == 1 ? "step" : "steps",
                        into, Playground.TRAIN, playground.epochs() + 1);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Training updates arrive on a training thread; a UI that went away in the meantime stops
        // listening instead of throwing UIDetachedException into the training loop.
        watcher = event.getUI().accessLater(p -> update(), this::stopWatching);
        progress = training.watch(playground, watcher);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // The tab was closed (beacon or missed heartbeats) or the learner went elsewhere. Training
        // goes on while another tab of the session shows it, and pauses with the last one.
        stopWatching();
    }

    private void stopWatching() {
        progress.remove();
    }
}
