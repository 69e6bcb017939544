package io.papershelf.ui.list;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import io.papershelf.model.PaperRow;

/**
 * The columns that step aside while they are empty for every paper shown (upvotes in a plain-text copy), so that the
 * title takes their room, and come back when a paper has something to show in them. Only those it hid itself come
 * back: a column the user hid stays hidden.
 */
final class EmptyColumns {
    private final TableView<PaperRow> table;
    private final Map<TableColumn<PaperRow, ?>, Predicate<PaperRow>> emptyWhen;
    /** Columns hidden because they are empty for every paper shown (not by the user). */
    private final Set<TableColumn<PaperRow, ?>> hidden = new HashSet<>();

    EmptyColumns(TableView<PaperRow> table, Map<TableColumn<PaperRow, ?>, Predicate<PaperRow>> emptyWhen) {
        this.table = table;
        this.emptyWhen = emptyWhen;
    }

    /**
     * Hides the columns empty for every row shown and shows again those that have something to show. A view without
     * papers leaves the columns as they are: showing them all there, without rows or a scroll bar, and hiding them
     * again as the next view's rows come made the table share out its width while the scroll bar came and went.
     */
    void update() {
        if (table.getItems().isEmpty()) {
            return;
        }
        for (Map.Entry<TableColumn<PaperRow, ?>, Predicate<PaperRow>> e : emptyWhen.entrySet()) {
            TableColumn<PaperRow, ?> c = e.getKey();
            boolean empty = table.getItems().stream().allMatch(e.getValue());
            if (empty && c.isVisible()) {
                hidden.add(c);
                c.setVisible(false);
            } else if (!empty && hidden.remove(c)) {
                c.setVisible(true);
            }
        }
    }

    /** Whether this column stepped aside (it is shown again once a paper has something for it). */
    boolean hides(TableColumn<PaperRow, ?> column) {
        return hidden.contains(column);
    }

    /** Whether the column with this id stepped aside. */
    boolean hides(String id) {
        return hidden.stream().anyMatch(c -> c.getId().equals(id));
    }
}
