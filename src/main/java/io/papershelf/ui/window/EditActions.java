package io.papershelf.ui.window;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;

/**
 * The Edit menu: each item acts on the text field that has the focus when one has it (the search, a
 * note, a tag), otherwise on the papers in the list: Ctrl+C copies a paper, Ctrl+V pastes a listing.
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

    void undo() {
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.undo();
        } else {
            vm.undo();
        }
    }

    void delete() {
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.deleteNextChar();
        } else {
            selection.trashSelected();
        }
    }

    void selectAll() {
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.selectAll();
        } else {
            selection.selectAll();
        }
    }

    void copy() {
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.copy();
        } else {
            selection.copyTitleAndLink();
        }
    }

    void copyBibtex() {
        if (!(scene.getFocusOwner() instanceof TextInputControl)) {
            selection.copyBibtex();
        }
    }

    /** In a field, the clipboard's text; elsewhere the clipboard imported as a listing (its HTML, else its text). */
    void paste() {
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.paste();
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        vm.imports().importPasted(clipboard.hasHtml() ? clipboard.getHtml() : null,
                clipboard.hasString() ? clipboard.getString() : null);
    }

    void find() {
        search.focus();
    }
}
