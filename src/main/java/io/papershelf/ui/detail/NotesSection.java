package io.papershelf.ui.detail;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/**
 * The note: a Markdown editor with light styling, or its rendered preview (Ctrl+Shift+P switches), and the
 * quiet save indicator. What is typed goes to {@link NotesAutosave}, which saves it after a pause; leaving
 * the editor saves at once. Showing another paper's note is not an edit, and Undo never reaches back into
 * another paper's note. A task box ticked in the preview changes the text like typing does.
 */
final class NotesSection implements DetailSection {
    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final DetailViewModel model;
    private final StyleClassedTextArea editor = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> editorScroll = new VirtualizedScrollPane<>(editor);
    private final ScrollPane previewScroll = new ScrollPane();
    private final MarkdownPreview preview;
    private final ToggleButton previewToggle = new ToggleButton("Preview");
    private final Label saveStatus = new Label();
    private final VBox box = new VBox(6);
    private boolean showing;

    NotesSection(DetailViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.preview = new MarkdownPreview(openLink, this::setTask);
        editor.setId("notes");
        editor.getStyleClass().addAll("ps-rich", Styles.NOTES);
        editor.setWrapText(true);
        editor.setAccessibleText("Note (Markdown)");
        editor.setUndoManager(UndoUtils.plainTextUndoManager(editor));
        editor.textProperty().addListener((o, a, text) -> {
            if (!showing) {
                model.notes().edited(text);
            }
        });
        editor.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(x -> restyle());
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.notes().flush();
            }
        });
        previewScroll.setId("notes-preview");
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("ps-notes-preview");
        previewToggle.setId("notes-preview-toggle");
        previewToggle.getStyleClass().add("small");
        previewToggle.setFocusTraversable(false);
        previewToggle.setTooltip(new Tooltip("Show the note rendered, or the text (Ctrl+Shift+P)"));
        previewToggle.setOnAction(e -> showPreview(previewToggle.isSelected()));
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add(Styles.SAVE_STATUS);
        model.notes().statusProperty().addListener((o, a, s) -> showStatus(s));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, DetailSection.heading("Notes"), spacer, saveStatus, previewToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        StackPane body = new StackPane(editorScroll, previewScroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.getChildren().addAll(header, body);
        box.getStyleClass().add("ps-notes-pane");
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (TOGGLE.match(e)) {
                togglePreview();
                e.consume();
            }
        });
        showPreview(false);
    }

    @Override
    public List<Node> nodes() {
        return List.of(box);
    }

    Node pane() {
        return box;
    }

    /**
     * True while the note is empty and neither written in nor previewed: the pane then gives the paper the room
     * and keeps the note to a few lines until it is used.
     */
    BooleanBinding emptyAndIdle() {
        return Bindings.createBooleanBinding(
                () -> editor.getText().isEmpty() && !editor.isFocused() && !previewToggle.isSelected(),
                editor.textProperty(), editor.focusedProperty(), previewToggle.selectedProperty());
    }

    @Override
    public void show(Paper p) {
        showing = true;
        try {
            if (!editor.getText().equals(model.notes().text())) {
                editor.replaceText(model.notes().text());
                editor.getUndoManager().forgetHistory(); // Undo stays within this paper's note
                editor.moveTo(0);
                restyle();
            }
            showStatus(model.notes().statusProperty().get());
        } finally {
            showing = false;
        }
        if (previewToggle.isSelected()) {
            render();
        }
    }

    /** N (or Paper > Edit note): the editor (leaving the preview), its caret at the end of the note, to write on. */
    void focusEditor() {
        showPreview(false);
        editor.moveTo(editor.getLength());
        editor.requestFollowCaret();
        editor.requestFocus();
    }

    StyleClassedTextArea editor() {
        return editor;
    }

    void togglePreview() {
        boolean on = !previewToggle.isSelected();
        showPreview(on);
        if (on) {
            previewScroll.requestFocus();
        } else {
            editor.requestFocus();
        }
    }

    private void showPreview(boolean on) {
        previewToggle.setSelected(on);
        if (on) {
            model.notes().flush();
            render();
        }
        previewScroll.setVisible(on);
        editorScroll.setVisible(!on);
    }

    private void render() {
        previewScroll.setContent(preview.render(editor.getText()));
    }

    /** A task box ticked or cleared in the preview: one character of the text changes, as if typed. */
    private void setTask(int box, boolean done) {
        String text = editor.getText();
        String changed = MarkdownNotes.setTask(text, box, done);
        if (!changed.equals(text)) {
            editor.replaceText(box + 1, box + 2, done ? "x" : " ");
            model.notes().flush();
        }
        render();
    }

    private void restyle() {
        String text = editor.getText();
        editor.setStyleSpans(0, MarkdownStyles.of(text));
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
