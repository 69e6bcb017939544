package io.papershelf.ui.window;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;

import org.fxmisc.richtext.GenericStyledArea;

/**
 * The Edit menu: each item acts on the text that has the focus when one has it (the search, a tag, a
 * comment, the note editor, the title or abstract), otherwise on the papers in the list. The note editor,
 * title and abstract are RichTextFX areas, not TextInputControls; the title and abstract are read-only, so
 * there Delete deletes nothing (and never moves the paper to the Trash). In the list, Ctrl+C copies the papers
 * and Ctrl+V pastes a listing.
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

    void copy() {
        GenericStyledArea<?, ?, ?> rich = richText();
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.copy();
        } else if (rich != null) {
            rich.copy();
        } else {
            selection.copyTitleAndLink();
        }
    }

    void copyBibtex() {
        if (!(scene.getFocusOwner() instanceof TextInputControl) && richText() == null) {
            selection.copyBibtex();
        }
    }

    /** In a field, the clipboard's text; elsewhere the clipboard imported as a listing (its HTML, else its text). */
    void paste() {
        GenericStyledArea<?, ?, ?> rich = richText();
        if (scene.getFocusOwner() instanceof TextInputControl text) {
            text.paste();
            return;
        }
        if (rich != null) {
            if (rich.isEditable()) {
                rich.paste();
            }
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
