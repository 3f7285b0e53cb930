package org.backproplab.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before an action that cannot be taken back (removing, deleting, resetting a password). */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Opens a dialog with {@code title} and {@code text}; the button labelled {@code action}
     * (id {@code confirm-yes}) runs {@code then}, "Cancel" does nothing.
     */
    public static void ask(String title, String text, String action, Runnable then) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        var yes = new Button(action, e -> {
            dialog.close();
            then.run();
        });
        yes.setId("confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var no = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
