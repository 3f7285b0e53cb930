package org.backproplab.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;

import org.backproplab.engine.network.Activation;
import org.backproplab.engine.network.Loss;
import org.backproplab.playground.PlaygroundSettings.DatasetKind;
import org.backproplab.playground.PlaygroundSettings.OptimizerKind;

/**
 * The playground's settings as a form. A Binder checks every field against the rules of
 * {@link PlaygroundSettings} and marks the wrong ones; only settings that pass reach the playground.
 * Choosing a dataset fills in the defaults that learn it and applies them at once.
 */
final class SettingsForm extends Div {
    static final String HIDDEN_FORMAT = "write unit counts such as 4, 4 (or leave empty for none)";

    private final Select<DatasetKind> dataset = new Select<>();
    private final TextField hidden = new TextField("Hidden layers (units, comma-separated)");
    private final Select<Activation> activation = new Select<>();
    private final Select<Loss> loss = new Select<>();
    private final Select<OptimizerKind> optimizer = new Select<>();
    private final NumberField rate = new NumberField("Learning rate");
    private final IntegerField batch = new IntegerField("Batch size");
    private final NumberField l2 = new NumberField("L2");
    private final Binder<Draft> binder = new Binder<>();
    private final Consumer<PlaygroundSettings> apply;
    private final Consumer<String> problem;
    private PlaygroundSettings shown;

    /** {@code apply} gets settings that passed every rule; {@code problem} a sentence naming what did not. */
    SettingsForm(Consumer<PlaygroundSettings> apply, Consumer<String> problem) {
        this.apply = apply;
        this.problem = problem;
        dataset.setLabel("Dataset");
        dataset.setItems(DatasetKind.values());
        dataset.setItemLabelGenerator(DatasetKind::title);
        dataset.setId("pg-dataset");
        dataset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(PlaygroundSettings.defaults(e.getValue()));
                submit();
            }
        });
        hidden.setId("pg-hidden");
        hidden.setMaxLength(40);
        activation.setLabel("Activation");
        activation.setItems(Activation.TANH, Activation.RELU, Activation.SIGMOID);
        activation.setItemLabelGenerator(a -> a.name().toLowerCase(Locale.ROOT));
        loss.setLabel("Loss");
        loss.setId("pg-loss-kind");
        loss.setItems(Loss.BCE_WITH_LOGITS, Loss.HINGE, Loss.MSE);
        loss.setItemLabelGenerator(l -> switch (l) {
            case BCE_WITH_LOGITS -> "cross-entropy (BCE)";
            case HINGE -> "hinge";
            case MSE -> "mean squared error";
            default -> l.name();
        });
        optimizer.setLabel("Optimiser");
        optimizer.setId("pg-optimiser");
        optimizer.setItems(OptimizerKind.values());
        optimizer.setItemLabelGenerator(o -> switch (o) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD + momentum";
            case ADAM -> "Adam";
        });
        rate.setId("pg-rate");
        rate.setMin(0);
        batch.setId("pg-batch");
        batch.setMin(1);
        batch.setMax(PlaygroundSettings.MAX_BATCH);
        l2.setMin(0);
        // A number field checks its own limits before the Binder's rules run, and without messages of
        // its own it turns red in silence (say, for a negative rate): it says the same rule instead.
        // The rate has no step: with one, a fine rate such as 0.0305 would be refused as off the step.
        rate.setI18n(numberMessages(PlaygroundSettings.RATE_RULE));
        l2.setI18n(numberMessages(PlaygroundSettings.L2_RULE));
        batch.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("write a whole number: " + PlaygroundSettings.BATCH_RULE)
                .setRequiredErrorMessage(PlaygroundSettings.BATCH_RULE).setMinErrorMessage(PlaygroundSettings.BATCH_RULE)
                .setMaxErrorMessage(PlaygroundSettings.BATCH_RULE).setStepErrorMessage(PlaygroundSettings.BATCH_RULE));
        bind();
        // A select always holds one of its items, so "required" tells nothing; and Vaadin puts
        // aria-required on the select's button, where it is not allowed (axe: aria-allowed-attr).
        List.of(dataset, activation, loss, optimizer).forEach(select -> select.setRequiredIndicatorVisible(false));
        var applyButton = new Button("Apply and reset", e -> submit());
        applyButton.setId("pg-apply");
        add(dataset, hidden, activation, loss, optimizer, rate, batch, l2, applyButton);
        addClassName("bpl-form-row");
    }

    private void bind() {
        binder.forField(dataset).asRequired("choose a dataset").bind(d -> d.dataset, (d, v) -> d.dataset = v);
        binder.forField(hidden)
                .withConverter(Converter.from(SettingsForm::parseHidden, SettingsForm::formatHidden, e -> HIDDEN_FORMAT))
                .withValidator(PlaygroundSettings::hiddenFits, PlaygroundSettings.HIDDEN_RULE)
                .bind(d -> d.hidden, (d, v) -> d.hidden = v);
        binder.forField(activation).asRequired("choose an activation").bind(d -> d.activation, (d, v) -> d.activation = v);
        binder.forField(loss).asRequired("choose a loss")
                // Which loss fits depends on the dataset chosen beside it.
                .withValidator((value, context) -> dataset.getValue() == null || PlaygroundSettings.lossFits(dataset.getValue(), value)
                        ? ValidationResult.ok() : ValidationResult.error(PlaygroundSettings.lossRule(dataset.getValue())))
                .bind(d -> d.loss, (d, v) -> d.loss = v);
        binder.forField(optimizer).asRequired("choose an optimiser").bind(d -> d.optimizer, (d, v) -> d.optimizer = v);
        binder.forField(rate).asRequired(PlaygroundSettings.RATE_RULE)
                .withValidator(PlaygroundSettings::rateFits, PlaygroundSettings.RATE_RULE)
                .bind(d -> d.learningRate, (d, v) -> d.learningRate = v);
        binder.forField(batch).asRequired(PlaygroundSettings.BATCH_RULE)
                .withValidator(PlaygroundSettings::batchFits, PlaygroundSettings.BATCH_RULE)
                .bind(d -> d.batchSize, (d, v) -> d.batchSize = v);
        binder.forField(l2).asRequired(PlaygroundSettings.L2_RULE)
                .withValidator(PlaygroundSettings::l2Fits, PlaygroundSettings.L2_RULE)
                .bind(d -> d.l2, (d, v) -> d.l2 = v);
    }

    private static NumberField.NumberFieldI18n numberMessages(String rule) {
        return new NumberField.NumberFieldI18n().setBadInputErrorMessage("write a number: " + rule).setRequiredErrorMessage(rule)
                .setMinErrorMessage(rule).setMaxErrorMessage(rule).setStepErrorMessage(rule);
    }

    private static List<Integer> parseHidden(String text) {
        List<Integer> layers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                layers.add(Integer.parseInt(part.strip())); // NumberFormatException: the converter's error
            }
        }
        return layers;
    }

    private static String formatHidden(List<Integer> layers) {
        return layers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Shows these settings, with no error marks. */
    void show(PlaygroundSettings settings) {
        shown = settings;
        binder.readBean(new Draft(settings));
    }

    private void submit() {
        var draft = new Draft(shown); // noise and seed are not on the form: they stay as shown
        try {
            binder.writeBean(draft);
        } catch (ValidationException e) {
            problem.accept("These settings cannot be used — " + e.getFieldValidationErrors().stream()
                    .map(error -> ((HasLabel) error.getField()).getLabel() + ": " + error.getMessage().orElse(""))
                    .collect(Collectors.joining("; ")) + ".");
            return;
        }
        shown = draft.toSettings();
        apply.accept(shown);
    }

    /** What the form edits: the fields of {@link PlaygroundSettings} as values that may still be wrong. */
    private static final class Draft {
        private final PlaygroundSettings settings;
        DatasetKind dataset;
        List<Integer> hidden;
        Activation activation;
        Loss loss;
        OptimizerKind optimizer;
        Double learningRate;
        Integer batchSize;
        Double l2;

        Draft(PlaygroundSettings s) {
            settings = s;
            dataset = s.dataset();
            hidden = s.hidden();
            activation = s.activation();
            loss = s.loss();
            optimizer = s.optimizer();
            learningRate = s.learningRate();
            batchSize = s.batchSize();
            l2 = s.l2();
        }

        PlaygroundSettings toSettings() {
            return new PlaygroundSettings(dataset, settings.noise(), hidden, activation, loss, optimizer, learningRate, batchSize,
                    l2, settings.seed());
        }
    }
}
