package io.papershelf.ui.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import io.papershelf.model.PaperRow;

/**
 * Keeps the table's selection and scroll position when its rows are replaced (a search, rows refreshed in
 * place after a change): remembers the selected ids and the first visible row before, puts them back after.
 * Rows of a view shown afresh (another sidebar view, an import, the first load) start at the top with the
 * first paper selected instead, and so does a list whose selected papers are no longer shown: a selection
 * the user cannot see is never kept, and the first key press acts on the first paper. While it works,
 * selection events are transient.
 */
final class SelectionKeeper {
    private final TableView<PaperRow> table;
    private final PaperListViewModel list;
    private final Set<Long> selected = new HashSet<>();
    private final Runnable afterRestore;
    private long topId = -1;
    private boolean restoring;

    SelectionKeeper(TableView<PaperRow> table, PaperListViewModel list, Runnable afterRestore) {
        this.table = table;
        this.list = list;
        this.afterRestore = afterRestore;
        list.onReplace(this::remember, () -> {
            try {
                restore(list.landingFresh());
            } finally {
                restoring = false;
            }
            afterRestore.run();
        });
    }

    /** True while rows are being replaced; the selection is put back right after. */
    boolean restoring() {
        return restoring;
    }

    private void remember() {
        restoring = true;
        selected.clear();
        table.getSelectionModel().getSelectedItems().stream().filter(r -> r != null)
                .forEach(r -> selected.add(r.id()));
        topId = -1;
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            int i = flow.getFirstVisibleCell().getIndex();
            if (i >= 0 && i < table.getItems().size()) {
                topId = table.getItems().get(i).id();
            }
        }
    }

    private void restore(boolean fresh) {
        List<Integer> indices = new ArrayList<>();
        int topIndex = -1;
        if (!fresh) {
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).id();
                if (selected.contains(id)) {
                    indices.add(i);
                }
                if (id == topId) {
                    topIndex = i;
                }
            }
        }
        table.getSelectionModel().clearSelection();
        if (indices.isEmpty()) {
            showTop(table);
            return;
        }
        int[] rest = indices.stream().skip(1).mapToInt(Integer::intValue).toArray();
        table.getSelectionModel().selectIndices(indices.get(0), rest);
        table.getFocusModel().focus(indices.get(indices.size() - 1));
        if (topIndex >= 0) {
            table.scrollTo(topIndex);
        }
    }

    /**
     * Runs a change that reorders the rows (sorted again by a new ranking) with the selection kept and the first
     * selected paper where it was on screen.
     */
    void keep(Runnable reorder) {
        remember();
        int offset = -1;
        int selectedIndex = table.getSelectionModel().getSelectedIndex();
        if (selectedIndex >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null) {
            offset = selectedIndex - flow.getFirstVisibleCell().getIndex();
        }
        try {
            reorder.run();
            restore(false);
            int now = table.getSelectionModel().getSelectedIndex();
            if (now >= 0 && offset >= 0) {
                table.scrollTo(Math.max(0, now - offset));
            }
        } finally {
            restoring = false;
        }
        afterRestore.run();
    }

    /** The first row selected and focused, scrolled to the top; nothing selected when there are no rows. */
    static void showTop(TableView<PaperRow> table) {
        table.getSelectionModel().clearSelection();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
        table.scrollTo(0);
    }
}
