package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import org.backproplab.engine.network.Loss;
import org.backproplab.playground.Playground;
import org.backproplab.playground.PlaygroundSettings;
import org.backproplab.playground.PlaygroundSettings.DatasetKind;
import org.backproplab.playground.TrainingService;
import org.backproplab.ui.chart.EChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playground without a browser: its buttons and form, and one session's playground in several tabs. */
class PlaygroundKaribuTest extends KaribuTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The session's playground: the same bean every tab of the session shows. */
    private Playground playground;

    @BeforeEach
    void findTheSessionsPlayground() {
        playground = context.getBean(Playground.class);
    }

    @AfterEach
    void stopTraining() {
        context.getBean(TrainingService.class).pause(playground); // the executor outlives the test
    }

    private static UI openPlayground() {
        UI ui = UI.getCurrent();
        ui.navigate("playground");
        return ui;
    }

    /** Another tab of the same browser session: a second UI in the session, showing the playground. */
    private static UI openAnotherTab() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(ui);
        ui.navigate("playground");
        return ui;
    }

    /** Closes a tab as Vaadin does when the browser's beacon says so: the UI leaves the session. */
    private static void closeTab(UI ui) {
        UI.setCurrent(ui);
        BasicUtilsKt._close(ui);
    }

    /**
     * Lets training run until {@code done}, delivering its updates to the tabs meanwhile as push
     * would (the test holds the session's lock, so training threads only queue them).
     */
    private static void awaitUpdates(BooleanSupplier done) {
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue();
            return done.getAsBoolean();
        });
    }

    private static Button button(UI tab, String id) {
        return _get(tab, Button.class, spec -> spec.withId(id));
    }

    private static int epoch(UI tab) {
        return Integer.parseInt(_get(tab, Span.class, spec -> spec.withId("pg-epoch-count")).getText().replace("Epoch ", ""));
    }

    private static EChart chart(UI tab, String id) {
        return _get(tab, EChart.class, spec -> spec.withId(id));
    }

    private static String message(UI tab) {
        return _get(tab, Paragraph.class, spec -> spec.withId("pg-message")).getText();
    }

    @Test
    void stepTrainsOneBatchAndEpochTheRestOfTheEpoch() {
        UI tab = openPlayground();
        assertThat(epoch(tab)).isZero();
        _click(button(tab, "pg-step"));
        assertThat(playground.steps()).isEqualTo(1);
        assertThat(epoch(tab)).isZero();
        _click(button(tab, "pg-epoch"));
        assertThat(playground.steps()).isEqualTo(20); // 200 training points in batches of 10
        assertThat(epoch(tab)).isEqualTo(1);
        var trainLoss = chart(tab, "pg-loss").getOption().get("series").get(0).get("data");
        assertThat(trainLoss.size()).isEqualTo(2); // epochs 0 and 1
        assertThat(trainLoss.get(1).get(1).asDouble()).isLessThan(trainLoss.get(0).get(1).asDouble());
    }

    @Test
    void choosingADatasetLoadsTheDefaultsThatLearnItAndStartsAfresh() {
        UI tab = openPlayground();
        _click(button(tab, "pg-epoch"));
        @SuppressWarnings("unchecked")
        Select<DatasetKind> dataset = _get(tab, Select.class, spec -> spec.withId("pg-dataset"));

        _setValue(dataset, DatasetKind.SPIRAL, true);
        assertThat(playground.settings()).isEqualTo(PlaygroundSettings.defaults(DatasetKind.SPIRAL)); // its noise too
        assertThat(epoch(tab)).isZero();
        assertThat(_get(tab, TextField.class, spec -> spec.withId("pg-hidden")).getValue()).isEqualTo("16, 16");
        assertThat(_find(tab, EChart.class, spec -> spec.withId("pg-accuracy"))).hasSize(1);

        _setValue(dataset, DatasetKind.HOUSE_PRICES, true);
        assertThat(playground.settings()).isEqualTo(PlaygroundSettings.defaults(DatasetKind.HOUSE_PRICES));
        assertThat(_find(tab, EChart.class, spec -> spec.withId("pg-accuracy"))).isEmpty(); // no accuracy for a regression
        assertThat(message(tab)).isEmpty();
    }

    @Test
    void wrongSettingsAreMarkedOnTheirFieldsAndTheNetworkIsKept() {
        UI tab = openPlayground();
        _click(button(tab, "pg-epoch"));
        var before = playground.settings();
        var hidden = _get(tab, TextField.class, spec -> spec.withId("pg-hidden"));
        @SuppressWarnings("unchecked")
        Select<Loss> loss = _get(tab, Select.class, spec -> spec.withId("pg-loss-kind"));
        var rate = _get(tab, NumberField.class, spec -> spec.withId("pg-rate"));

        _setValue(hidden, "4, lots");
        _click(button(tab, "pg-apply"));
        assertThat(hidden.isInvalid()).isTrue();
        assertThat(message(tab)).startsWith("These settings cannot be used").contains("Hidden layers")
                .contains("write unit counts such as 4, 4");

        _setValue(hidden, "99");
        _click(button(tab, "pg-apply"));
        assertThat(hidden.getErrorMessage()).isEqualTo("0 to 4 hidden layers of 1 to 16 units");

        _setValue(hidden, "4, 4");
        _setValue(loss, Loss.MSE);
        _setValue(rate, null);
        _click(button(tab, "pg-apply"));
        assertThat(hidden.isInvalid()).isFalse();
        assertThat(loss.isInvalid()).isTrue();
        assertThat(loss.getErrorMessage()).isEqualTo("classification uses BCE or hinge");
        assertThat(rate.isInvalid()).isTrue();
        assertThat(playground.settings()).isEqualTo(before);
        assertThat(epoch(tab)).isEqualTo(1);

        _setValue(loss, Loss.HINGE);
        _setValue(rate, 0.1);
        _click(button(tab, "pg-apply"));
        assertThat(message(tab)).isEmpty();
        assertThat(playground.settings().hidden()).isEqualTo(List.of(4, 4));
        assertThat(playground.settings().loss()).isEqualTo(Loss.HINGE);
        assertThat(playground.settings().noise()).isEqualTo(before.noise());
        assertThat(epoch(tab)).isZero();
    }

    @Test
    void twoTabsOfOneSessionShowOnePlaygroundAndBothSeeItTrain() {
        UI first = openPlayground();
        UI second = openAnotherTab();
        _click(button(second, "pg-play"));
        // The first tab was not touched: only training's updates can move it.
        awaitUpdates(() -> epoch(first) > 0 && epoch(second) > 0);
        assertThat(button(first, "pg-play").getText()).isEqualTo("Pause");

        _click(button(first, "pg-play"));
        awaitUpdates(() -> button(second, "pg-play").getText().equals("Play"));
        assertThat(playground.isRunning()).isFalse();
    }

    @Test
    void closingOneTabLeavesTheOtherTrainingAndClosingTheLastPausesIt() {
        UI first = openPlayground();
        UI second = openAnotherTab();
        _click(button(first, "pg-play"));
        awaitUpdates(() -> epoch(second) > 0);

        closeTab(first);
        assertThat(playground.isRunning()).isTrue();
        int seen = epoch(second);
        awaitUpdates(() -> epoch(second) > seen);

        closeTab(second);
        assertThat(playground.isRunning()).isFalse();
    }

    @Test
    void aTabClosedWhileAnUpdateIsOnItsWayLeavesTrainingWorking() throws InterruptedException {
        var training = context.getBean(TrainingService.class);
        var updateUnderway = new CountDownLatch(1);
        var tabClosed = new CountDownLatch(1);
        // Another watcher, heard before the tab: it holds the first update until the tab has closed,
        // so that update then reaches a view whose UI is already detached.
        var otherWatcher = training.watch(playground, p -> {
            updateUnderway.countDown();
            try {
                tabClosed.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        UI tab = openPlayground();
        _click(button(tab, "pg-play"));
        assertThat(updateUnderway.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        closeTab(tab);
        tabClosed.countDown();

        long steps = playground.steps();
        await().atMost(WAIT).until(() -> playground.steps() > steps);
        assertThat(playground.isRunning()).isTrue();
        otherWatcher.remove();
        assertThat(playground.isRunning()).isFalse();

        UI again = openAnotherTab();
        _click(button(again, "pg-play"));
        int from = playground.epochs();
        awaitUpdates(() -> epoch(again) > from && button(again, "pg-play").getText().equals("Pause"));
    }

    @Test
    void theSessionEndingClosesItsPlayground() {
        var training = context.getBean(TrainingService.class);
        // A watcher that is not a tab, so no view's detach can be what stops the training.
        training.watch(playground, p -> { });
        training.play(playground);
        VaadinSession session = VaadinSession.getCurrent();
        session.unlock(); // as between two requests, when a session times out
        try {
            session.getService().fireSessionDestroy(session);
        } finally {
            session.lock();
        }
        assertThat(playground.isRunning()).isFalse();
    }

    private static String text(UI tab, String id) {
        return _get(tab, com.vaadin.flow.component.html.Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void stepSaysHowFarIntoTheEpochItGot() {
        UI tab = openPlayground();
        _click(button(tab, "pg-reset"));
        assertThat(text(tab, "pg-step-count")).isEqualTo("no steps yet");
        _click(button(tab, "pg-step"));
        assertThat(text(tab, "pg-step-count")).isEqualTo("1 step, 10 of 200 examples into epoch 1");
        _click(button(tab, "pg-epoch"));
        assertThat(text(tab, "pg-step-count")).isEqualTo("20 steps");
    }

    @Test
    void aNegativeLearningRateIsMarkedWithTheRuleNotJustRed() {
        UI tab = openPlayground();
        var rate = _get(tab, NumberField.class, spec -> spec.withId("pg-rate"));
        _setValue(rate, -1.0);
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).isEqualTo("a learning rate above 0, at most 10");
        _click(button(tab, "pg-apply"));
        assertThat(message(tab)).isEqualTo("These settings cannot be used — Learning rate: a learning rate above 0, at most 10.")
                .doesNotContain("noise");

        _setValue(rate, 0.0305); // not a multiple of any step: still a fine rate
        assertThat(rate.isInvalid()).isFalse();
        _click(button(tab, "pg-apply"));
        assertThat(playground.settings().learningRate()).isEqualTo(0.0305);
    }

    @Test
    void whatOneTabDoesTheOtherTabShows() {
        UI first = openPlayground();
        UI second = openAnotherTab();
        _click(button(first, "pg-reset"));
        MockVaadin.runUIQueue();
        _click(button(first, "pg-epoch"));
        _click(button(first, "pg-step"));
        MockVaadin.runUIQueue(); // as push delivers it
        assertThat(epoch(second)).isEqualTo(1);
        assertThat(text(second, "pg-step-count")).isEqualTo(text(first, "pg-step-count")).isEqualTo("21 steps, 10 of 200 examples into epoch 2");
        assertThat(chart(second, "pg-loss").getOption().get("series").get(0).get("data").size()).isEqualTo(2);

        // New settings in the second tab: the first shows the new network, its settings and its fresh charts.
        var hidden = _get(second, TextField.class, spec -> spec.withId("pg-hidden"));
        _setValue(hidden, "4");
        _click(button(second, "pg-apply"));
        MockVaadin.runUIQueue();
        assertThat(epoch(first)).isZero();
        assertThat(_get(first, TextField.class, spec -> spec.withId("pg-hidden")).getValue()).isEqualTo("4");
        assertThat(chart(first, "pg-loss").getOption().get("series").get(0).get("data").size()).isEqualTo(1);
        assertThat(chart(first, "pg-gradients").getOption().get("series").size()).isEqualTo(2); // one hidden layer and the output
    }
}
