package io.papershelf.ui.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import io.papershelf.ui.common.Styles;

/**
 * The status bar: how far the triage of the listing shown has gone, papers shown of total, unread count, the
 * library file, and import progress.
 */
final class StatusBar {
    private StatusBar() {
    }

    static HBox of(MainViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusText());
        Label triage = new Label();
        triage.setId("triage-progress");
        triage.getStyleClass().add(Styles.TRIAGE_PROGRESS);
        triage.textProperty().bind(vm.triageProgress());
        triage.visibleProperty().bind(triage.textProperty().isNotEmpty());
        triage.managedProperty().bind(triage.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.importProgressProperty());
        progress.visibleProperty().bind(vm.importProgressProperty().greaterThanOrEqualTo(0));
        Label importing = new Label("Importing…");
        importing.visibleProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, triage, status, spacer, importing, progress);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
