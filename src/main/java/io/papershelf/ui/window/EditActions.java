package io.papershelf.ui.window;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * The Edit menu: each item acts on the text field that has the focus when one has it (the search, a
 * note, a tag), otherwise on the papers in the list.
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

    void find() {
        search.focus();
    }
}
