package io.papershelf.app;

import java.time.ZoneId;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import io.papershelf.library.Backups;
import io.papershelf.library.LibraryOpenException;

/**
 * What the application asks when a library cannot be used: opened in another window, damaged, not a
 * library, from a newer version, or found damaged by the day's backup. Each answer is a choice; the
 * application acts on it.
 */
final class LibraryProblemDialogs {
    /** What the user chose. */
    enum Choice { RESTORE_LATEST, OPEN_ANOTHER, CREATE_NEW, QUIT, CANCEL }

    static final String RESTORE_LABEL = "Restore the latest backup";

    private final Window owner;
    private final ZoneId zone;

    LibraryProblemDialogs(Window owner, ZoneId zone) {
        this.owner = owner;
        this.zone = zone;
    }

    /**
     * The library cannot be opened. {@code latest} is the backup to offer (damaged, not a library, newer
     * version); {@code firstStart} means there is no other library open, so the way out is to quit.
     */
    Choice cannotOpen(LibraryOpenException e, Optional<Backups.Backup> latest, boolean firstStart) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Papershelf");
        a.getDialogPane().setId("library-problem");
        boolean inUse = e.problem() == LibraryOpenException.Problem.IN_USE;
        a.setHeaderText(inUse ? "This library is already open in another Papershelf window" : switch (e.problem()) {
            case DAMAGED -> "The library is damaged";
            case NOT_A_LIBRARY -> "This file is not a Papershelf library";
            case NEWER_VERSION -> "The library was written by a newer Papershelf";
            default -> "The library cannot be opened";
        });
        String advice = latest.map(b -> "\n\nThe latest automatic backup was taken " + b.when(zone) + ". Restoring it "
                + "keeps the current file beside it under a new name; nothing is deleted.").orElse("");
        a.setContentText(e.getMessage() + advice);
        ButtonType restore = new ButtonType(RESTORE_LABEL, ButtonBar.ButtonData.OK_DONE);
        ButtonType another = new ButtonType("Open another library…", ButtonBar.ButtonData.OTHER);
        ButtonType fresh = new ButtonType("Create a new library…", ButtonBar.ButtonData.OTHER);
        ButtonType leave = firstStart ? new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE) : ButtonType.CANCEL;
        if (latest.isPresent()) {
            a.getButtonTypes().setAll(restore, another, fresh, leave);
        } else {
            a.getButtonTypes().setAll(another, fresh, leave);
        }
        ButtonType answer = a.showAndWait().orElse(leave);
        if (answer == restore) {
            return Choice.RESTORE_LATEST;
        } else if (answer == another) {
            return Choice.OPEN_ANOTHER;
        } else if (answer == fresh) {
            return Choice.CREATE_NEW;
        }
        return firstStart ? Choice.QUIT : Choice.CANCEL;
    }

    /** The day's backup found the open library damaged. */
    Choice damagedWhileOpen(String message, Backups.Backup latest) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle("Papershelf");
        a.getDialogPane().setId("library-damaged");
        a.setHeaderText("The library looks damaged");
        a.setContentText(message + "\n\nThe latest automatic backup was taken " + latest.when(zone) + ". Restoring "
                + "it keeps the damaged file beside it under a new name; nothing is deleted.");
        ButtonType restore = new ButtonType(RESTORE_LABEL, ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(restore, later);
        return a.showAndWait().filter(restore::equals).isPresent() ? Choice.RESTORE_LATEST : Choice.CANCEL;
    }

    void inform(String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Papershelf");
        a.getDialogPane().setId("library-info");
        a.setHeaderText(header);
        a.setContentText(text);
        a.show();
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Papershelf");
        a.getDialogPane().setId("library-error");
        a.setHeaderText(header);
        a.setContentText(text);
        a.show();
    }
}
