package io.papershelf.ui.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.Theme;

/**
 * What the window shows while it has no library: at start, while a library is opened ("Opening library.db…",
 * "Updating the library format… 40%"), restored or closed. It shows at once, in the remembered size, place and
 * theme, and follows the task that does the work; the library's window then takes its place in the same stage.
 */
public final class OpeningView {
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Scene scene;

    public OpeningView() {
        message.setId("opening-message");
        message.getStyleClass().add(Styles.EMPTY_TITLE);
        bar.setId("opening-progress");
        bar.setPrefWidth(320);
        VBox box = new VBox(16, message, bar);
        box.setId("opening");
        box.getStyleClass().add(Styles.EMPTY_STATE);
        box.setAlignment(Pos.CENTER);
        scene = new Scene(box);
    }

    /** Shows the view in the stage (first time: in the remembered size, place and theme). */
    public void showIn(Stage stage, WindowState remembered, String title) {
        stage.setTitle(title);
        Theme.apply(scene, remembered.appearance().dark());
        if (!stage.isShowing()) {
            WindowPlacement.apply(stage, remembered.geometry());
        }
        stage.setScene(scene);
        stage.show();
    }

    /** Says what {@code task} does and how far it is, until another task is followed. */
    public void follow(BackgroundTask<?> task) {
        message.textProperty().bind(Bindings.createStringBinding(() -> TaskIndicator.text(
                task.messageProperty().get(), task.progressProperty().get()), task.messageProperty(),
                task.progressProperty()));
        bar.progressProperty().bind(task.progressProperty());
    }

    public Scene scene() {
        return scene;
    }
}
