package io.papershelf.ui.window;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import io.papershelf.library.Backups;

/**
 * File > Restore from backup…: the library's automatic backups, newest first, each with its date and
 * how many papers it holds; the one chosen is returned after a confirmation that says the current file
 * is kept. A damaged backup is listed but cannot be chosen.
 */
final class RestoreBackupDialog {
    private final Window owner;
    private final ZoneId zone;

    RestoreBackupDialog(Window owner, ZoneId zone) {
        this.owner = owner;
        this.zone = zone;
    }

    /** The backup file to restore, or null. */
    Path choose(Path library, List<Backups.Summary> backups) {
        if (backups.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(owner);
            a.setTitle("Restore from backup");
            a.getDialogPane().setId("restore-none");
            a.setHeaderText("There is no automatic backup of this library yet");
            a.setContentText("Papershelf takes one each day it starts with papers in the library, and one before "
                    + "every update of the library's format. They are kept in the backups folder of Papershelf's "
                    + "data folder.");
            a.showAndWait();
            return null;
        }
        ListView<Backups.Summary> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setPrefHeight(Math.min(10, backups.size()) * 28 + 8);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Summary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : line(s));
                setDisable(!empty && s != null && s.problem() != null);
            }
        });
        Dialog<Backups.Summary> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Restore from backup");
        d.setHeaderText("Restore " + library.getFileName() + " from an automatic backup");
        d.getDialogPane().setId("restore-dialog");
        d.getDialogPane().setContent(new VBox(8, new Label("Backups, newest first:"), list));
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(restore).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedItem() == null
                        || list.getSelectionModel().getSelectedItem().problem() != null,
                list.getSelectionModel().selectedItemProperty()));
        backups.stream().filter(s -> s.problem() == null).findFirst().ifPresent(s -> list.getSelectionModel().select(s));
        d.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        Backups.Summary chosen = d.showAndWait().orElse(null);
        if (chosen == null || !confirm(library, chosen)) {
            return null;
        }
        return chosen.backup().file();
    }

    String line(Backups.Summary s) {
        return s.backup().describe(zone) + "  —  " + (s.problem() != null ? "damaged, cannot be restored"
                : s.papers() == 1 ? "1 paper" : s.papers() + " papers");
    }

    private boolean confirm(Path library, Backups.Summary chosen) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle("Restore from backup");
        a.getDialogPane().setId("restore-confirm");
        a.setHeaderText("Restore the backup from " + chosen.backup().describe(zone) + "?");
        a.setContentText("The library as it is now is kept beside it, renamed " + library.getFileName()
                + ".before-restore-<date>; nothing is deleted. What changed since the backup will not be in the "
                + "restored library.");
        ButtonType ok = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return a.showAndWait().filter(ok::equals).isPresent();
    }
}
