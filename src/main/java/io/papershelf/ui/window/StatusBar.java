package io.papershelf.ui.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import io.papershelf.ui.common.Styles;

/**
 * The status bar: how far the triage of the listing shown has gone, papers shown of total, unread count, the
 * library file, and what runs in the background ({@link TaskIndicator}).
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, triage, status, spacer, new TaskIndicator(vm.tasks()).node());
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
