package io.papershelf.ui.list;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The list's context menu, filled afresh for what is selected and where each time it opens: the Trash
 * offers restore instead of delete. Right-click, the context-menu key or Shift+F10 open it.
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
        // Windows sends the menu key as a context-menu request; Linux does not: the list asks for itself.
        table.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                showForSelected();
                e.consume();
            }
        });
    }

    /** Opens the menu under the selected row (or at the list's top left when the row is out of view). */
    private void showForSelected() {
        fill();
        int index = table.node().getSelectionModel().getSelectedIndex();
        Node row = table.node().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible())
                .findFirst().orElse(table.node());
        Bounds b = row.localToScreen(row.getBoundsInLocal());
        if (b != null) {
            menu.show(table.node(), b.getMinX() + 24, b.getMaxY());
        }
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
