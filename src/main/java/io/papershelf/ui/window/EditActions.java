package io.papershelf.ui.window;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

import org.fxmisc.richtext.GenericStyledArea;

/**
 * The Edit menu: each item acts on the text that has the focus when one has it (the search, a tag, a
 * comment, the note editor, the title or abstract), otherwise on the papers in the list. The note editor,
 * title and abstract are RichTextFX areas, not TextInputControls; the title and abstract are read-only, so
 * there Delete deletes nothing (and never moves the paper to the Trash).
 */
final class EditActions {
    private final Scene scene;
    private final MainViewModel vm;
    private final SelectionActions selection;
    private final SearchBar search;

    EditActions(Scene scene, MainViewModel vm, SelectionActions selection, SearchBar search) {
        this.scene = scene;
        this.vm = vm;
        this.selection = selection;
        this.search = search;
    }

    /** The rich text area with the focus, or null. */
    private GenericStyledArea<?, ?, ?> richText() {
        Node focus = scene.getFocusOwner();
        return focus instanceof GenericStyledArea<?, ?, ?> area ? area : null;
    }

    void undo() {
        GenericStyledArea<?, ?, ?> rich = richText();
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.undo();
        } else if (rich != null && rich.isEditable()) {
            rich.undo();
        } else {
            vm.undo();
        }
    }

    void delete() {
        GenericStyledArea<?, ?, ?> rich = richText();
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.deleteNextChar();
        } else if (rich != null) {
            if (rich.isEditable()) {
                rich.deleteNextChar();
            }
        } else {
            selection.trashSelected();
        }
    }

    void selectAll() {
        GenericStyledArea<?, ?, ?> rich = richText();
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.selectAll();
        } else if (rich != null) {
            rich.selectAll();
        } else {
            selection.selectAll();
        }
    }

    void find() {
        search.focus();
    }
}
