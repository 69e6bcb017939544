package io.papershelf.ui.common;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The {@link DialogService} of the window: an error dialog over the window that shows now (if any). */
public final class AlertDialogs implements DialogService {
    private final Supplier<Window> owner;

    public AlertDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String heading, String sentence) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        a.setTitle("Papershelf");
        a.getDialogPane().setId("task-error");
        a.setHeaderText(heading);
        a.setContentText(sentence);
        a.show();
    }
}
