package io.papershelf.ui.list;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys the list answers itself, so that none of them ever reaches a text field: they act only while the
 * list has the focus (the menu's accelerators work everywhere). Letters are taken as typed characters, not
 * key codes, so that they follow the keyboard layout, and the character is consumed: the {@code t} of
 * {@code T} never lands in the tag field it opens. Help > Keyboard shortcuts lists them from
 * {@link #SHORTCUTS}.
 */
public final class ListKeys {
    /** Key and what it does, for the shortcuts dialog and the README. */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[] {"J or ↓", "Next paper"},
            new String[] {"K or ↑", "Previous paper"},
            new String[] {"Page Up/Down, Home/End", "A page up or down, the first or the last paper"},
            new String[] {"Shift+↑ ↓, Ctrl+click", "Select several papers"},
            new String[] {"Space", "Toggle read"},
            new String[] {"E", "Done: mark read, then the next paper"},
            new String[] {"U", "Mark unread"},
            new String[] {"T", "Add a tag: Enter adds it and keeps the field; Enter on an empty field or Esc returns"},
            new String[] {"N", "Edit the note; Esc returns to the list (the note is saved)"},
            new String[] {"Alt+A", "In More like this: add the tag to the selected paper, then the next"},
            new String[] {"Enter", "Open the GitHub repository"},
            new String[] {"A", "Open the paper's page (arXiv, Hugging Face, else an arXiv search for its title)"},
            new String[] {"/", "Search"},
            new String[] {"Menu key, Shift+F10", "The menu of the selected papers (in the sidebar: of its item)"},
            new String[] {"Shift+Tab", "To the sidebar: ↑ ↓ choose a view, Enter comes back to the list"});

    private ListKeys() {
    }

    public static void install(PaperTableView table, ListActions actions) {
        table.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && !e.isShiftDown()) {
                table.move(e.getCode() == KeyCode.DOWN ? 1 : -1); // as J and K, the next rows in view
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                actions.toggleRead();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.openGithub();
                e.consume();
            }
        });
        table.node().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
                return;
            }
            Runnable action = switch (e.getCharacter()) {
                case "j", "J" -> () -> table.move(1);
                case "k", "K" -> () -> table.move(-1);
                case "e", "E" -> actions::done;
                case "u", "U" -> actions::markUnread;
                case "t", "T" -> actions::addTag;
                case "n", "N" -> actions::editNote;
                case "a", "A" -> actions::openPage;
                case "/" -> actions::search;
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
    }
}
