package io.papershelf.ui.list;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import io.papershelf.model.PaperRow;

/**
 * The keys the list answers itself (the menu's accelerators work everywhere): Space toggles read, Enter
 * opens the repository. Help > Keyboard shortcuts lists them from {@link #SHORTCUTS}.
 */
public final class ListKeys {
    /** Key and what it does, for the shortcuts dialog. */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Space", "Toggle read (in the list)"},
            new String[] {"Enter", "Open on GitHub (in the list)"});

    private ListKeys() {
    }

    public static void install(TableView<PaperRow> table, ListActions actions) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
                actions.toggleRead();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.openGithub();
                e.consume();
            }
        });
    }
}
