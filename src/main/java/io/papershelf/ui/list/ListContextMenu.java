package io.papershelf.ui.list;

import java.util.List;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * The list's context menu, filled afresh for what is selected and where each time it opens: the Trash
 * offers restore instead of delete.
 */
public final class ListContextMenu {
    private final PaperTableView table;
    private final PaperListViewModel list;
    private final ListActions actions;
    private final ContextMenu menu = new ContextMenu();

    public ListContextMenu(PaperTableView table, PaperListViewModel list, ListActions actions) {
        this.table = table;
        this.list = list;
        this.actions = actions;
        table.node().setContextMenu(menu);
        fill();
        table.node().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> fill());
    }

    private void fill() {
        List<Long> ids = table.selectedIds();
        MenuItem read = item("Toggle read", "toggle-read", actions::toggleRead);
        MenuItem github = item("Open on GitHub", "open-github", actions::openGithub);
        github.setDisable(!actions.canOpenGithub());
        MenuItem page = item("Open the paper's page", "open-page", actions::openPage);
        page.setDisable(ids.size() != 1);
        MenuItem copy = item("Copy title and link", "copy", actions::copyTitleAndLink);
        MenuItem bibtex = item("Copy BibTeX", "copy-bibtex", actions::copyBibtex);
        MenuItem move;
        if (list.filterProperty().get().trash()) {
            move = item("Restore from Trash", "restore", () -> actions.restoreFromTrash(ids));
        } else {
            move = item("Move to Trash", "trash", () -> actions.moveToTrash(ids));
        }
        menu.getItems().setAll(read, github, page, new SeparatorMenuItem(), copy, bibtex, new SeparatorMenuItem(), move);
        menu.getItems().forEach(i -> i.setDisable(i.isDisable() || ids.isEmpty()));
    }

    /**
     * An item. Its key is not bound here: the menu bar and the list answer the keys, and a control's context
     * menu would register its accelerators in the scene a second time.
     */
    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId("context-" + id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
