package io.papershelf.ui.window;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import io.papershelf.ui.common.BackgroundTask;

/**
 * The status bar's part that tells what runs in the background: the newest titled task's message ("Importing 3
 * files", "Updating the library format…") with its progress (a bar, and the percentage when known), "+ 1 more" when
 * others run too, and a button to cancel it where that is safe. A task shows once it has run for a moment, so that
 * quick ones do not flicker.
 */
final class TaskIndicator {
    static final Duration DELAY = Duration.millis(300);

    private final HBox node = new HBox(8);
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label more = new Label();
    private final Button cancel = new Button("Cancel");
    private final ObservableList<BackgroundTask<?>> tasks;
    private final PauseTransition delay = new PauseTransition(DELAY);

    TaskIndicator(ObservableList<BackgroundTask<?>> tasks) {
        this.tasks = tasks;
        node.setId("task-indicator");
        node.setAlignment(Pos.CENTER_LEFT);
        message.setId("task-message");
        bar.setId("task-progress");
        bar.setPrefWidth(160);
        cancel.setId("task-cancel");
        cancel.setFocusTraversable(false);
        cancel.setTooltip(new Tooltip("Stop where nothing is left half done"));
        node.getChildren().addAll(message, bar, more, cancel);
        node.setVisible(false);
        node.managedProperty().bind(node.visibleProperty());
        delay.setOnFinished(e -> show());
        tasks.addListener((ListChangeListener<BackgroundTask<?>>) c -> changed());
    }

    HBox node() {
        return node;
    }

    private void changed() {
        if (tasks.isEmpty()) {
            delay.stop();
            node.setVisible(false);
            unbind();
        } else if (node.isVisible()) {
            show();
        } else {
            delay.playFromStart();
        }
    }

    private void show() {
        if (tasks.isEmpty()) {
            return;
        }
        BackgroundTask<?> task = tasks.get(tasks.size() - 1);
        unbind();
        message.textProperty().bind(Bindings.createStringBinding(() -> text(task.messageProperty().get(),
                task.progressProperty().get()), task.messageProperty(), task.progressProperty()));
        bar.progressProperty().bind(task.progressProperty());
        more.setText(tasks.size() == 1 ? "" : "+ " + (tasks.size() - 1) + " more");
        cancel.setVisible(task.isCancellable());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(task.cancelRequestedProperty());
        cancel.setOnAction(e -> task.cancel());
        node.setVisible(true);
    }

    private void unbind() {
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        cancel.disableProperty().unbind();
    }

    /** "Updating the library format… 40%"; the percentage only when it is known. */
    static String text(String message, double progress) {
        return progress < 0 ? message : message + " " + Math.round(progress * 100) + "%";
    }
}
