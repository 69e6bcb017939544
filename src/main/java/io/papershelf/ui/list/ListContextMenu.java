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
        MenuItem read = new MenuItem("Toggle read");
        read.setOnAction(e -> actions.toggleRead());
        MenuItem github = new MenuItem("Open on GitHub");
        github.setOnAction(e -> actions.openGithub());
        github.setDisable(!actions.canOpenGithub());
        MenuItem move;
        if (list.filterProperty().get().trash()) {
            move = new MenuItem("Restore from Trash");
            move.setOnAction(e -> actions.restoreFromTrash(ids));
        } else {
            move = new MenuItem("Move to Trash");
            move.setOnAction(e -> actions.moveToTrash(ids));
        }
        menu.getItems().setAll(read, github, new SeparatorMenuItem(), move);
        menu.getItems().forEach(i -> i.setDisable(i.isDisable() || ids.isEmpty()));
    }
}
