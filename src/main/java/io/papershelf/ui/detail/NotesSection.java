package io.papershelf.ui.detail;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/**
 * The note editor and its quiet save indicator. What is typed goes to {@link NotesAutosave}, which saves
 * it after a pause; leaving the editor saves at once. Showing another paper's note is not an edit.
 */
final class NotesSection implements DetailSection {
    private final DetailViewModel model;
    private final TextArea notes = new TextArea();
    private final Label saveStatus = new Label();
    private final HBox header;
    private boolean showing;

    NotesSection(DetailViewModel model) {
        this.model = model;
        notes.setId("notes");
        notes.getStyleClass().add(Styles.NOTES);
        notes.setWrapText(true);
        notes.setPrefRowCount(8);
        notes.setPromptText("Your notes on this paper. They are saved as you type.");
        notes.textProperty().addListener((o, a, text) -> {
            if (!showing) {
                model.notes().edited(text);
            }
        });
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.notes().flush();
            }
        });
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add(Styles.SAVE_STATUS);
        model.notes().statusProperty().addListener((o, a, s) -> showStatus(s));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, DetailSection.heading("Notes"), spacer, saveStatus);
        header.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    public List<Node> nodes() {
        return List.of(header, notes);
    }

    @Override
    public void show(Paper p) {
        showing = true;
        try {
            if (!notes.getText().equals(model.notes().text())) {
                notes.setText(model.notes().text());
            }
            showStatus(model.notes().statusProperty().get());
        } finally {
            showing = false;
        }
    }

    TextArea editor() {
        return notes;
    }

    private void showStatus(NotesAutosave.Status s) {
        saveStatus.getStyleClass().remove(Styles.SAVE_FAILED);
        switch (s) {
            case SAVED -> saveStatus.setText(model.notes().text().isEmpty() ? "" : "Saved");
            case UNSAVED -> saveStatus.setText("Editing…");
            case SAVING -> saveStatus.setText("Saving…");
            case FAILED -> {
                saveStatus.setText("Not saved: " + model.notes().failureProperty().get()
                        + " Your text is kept here; it will be tried again.");
                saveStatus.getStyleClass().add(Styles.SAVE_FAILED);
            }
        }
    }
}
