package org.backproplab.flashcard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

import org.backproplab.flashcard.fsrs.FsrsParameters;
import org.backproplab.flashcard.review.FlashcardService;
import org.backproplab.learner.CurrentLearner;

/** The learner's desired retention (0.70–0.97) and new cards per day. */
class SettingsForm extends Details {
    SettingsForm(FlashcardService flashcards, CurrentLearner learner, Runnable saved) {
        super("Review settings");
        setId("flashcard-settings");
        var current = flashcards.settings(learner.id());
        var retention = new NumberField("Desired retention");
        retention.setId("desired-retention");
        retention.setMin(FsrsParameters.MIN_RETENTION);
        retention.setMax(FsrsParameters.MAX_RETENTION);
        retention.setStep(0.01);
        retention.setValue(current.desiredRetention());
        retention.setHelperText("The chance of recall reviews are planned for, 0.70 to 0.97: higher means more reviews.");
        var perDay = new IntegerField("New cards per day");
        perDay.setId("new-per-day");
        perDay.setMin(0);
        perDay.setMax(FlashcardService.MAX_NEW_PER_DAY);
        perDay.setValue(current.newPerDay());
        var message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        var save = new Button("Save settings", e -> {
            Double r = retention.getValue();
            Integer n = perDay.getValue();
            if (r == null || retention.isInvalid() || r < FsrsParameters.MIN_RETENTION - 1e-9 || r > FsrsParameters.MAX_RETENTION + 1e-9) {
                message.setText("Desired retention must be a number from 0.70 to 0.97.");
                return;
            }
            if (n == null || perDay.isInvalid() || n < 0 || n > FlashcardService.MAX_NEW_PER_DAY) {
                message.setText("New cards per day must be a whole number from 0 to " + FlashcardService.MAX_NEW_PER_DAY + ".");
                return;
            }
            flashcards.saveSettings(learner.stored(), new FlashcardService.Settings(r, n));
            message.setText("Saved.");
            saved.run();
        });
        save.setId("save-settings");
        var fields = new FlexLayout(retention, perDay);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "1rem");
        add(fields, save, message);
    }
}
