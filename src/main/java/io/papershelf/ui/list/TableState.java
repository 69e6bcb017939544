package io.papershelf.ui.list;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import io.papershelf.ui.common.UiState;

/** Saves and restores a table's column order, widths, visibility and sort. */
final class TableState {
    private TableState() {
    }

    static <S> UiState.TableLayout capture(TableView<S> table) {
        List<UiState.TableLayout.Column> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getColumns()) {
            columns.add(new UiState.TableLayout.Column(c.getId(), c.getWidth(), c.isVisible()));
        }
        List<UiState.TableLayout.Sort> sort = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getSortOrder()) {
            sort.add(new UiState.TableLayout.Sort(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return new UiState.TableLayout(columns, sort);
    }

    static <S> void restore(TableView<S> table, UiState.TableLayout layout) {
        if (layout == null || layout.columns() == null) {
            return;
        }
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (UiState.TableLayout.Column saved : layout.columns()) {
            find(table, saved.id()).ifPresent(c -> {
                if (c.isResizable() && saved.width() > 10) {
                    c.setPrefWidth(saved.width());
                }
                c.setVisible(saved.visible() || "title".equals(saved.id()));
                ordered.add(c);
            });
        }
        // A column the saved layout does not know (added in a later version) goes where it stands by default.
        List<TableColumn<S, ?>> defaults = List.copyOf(table.getColumns());
        for (int i = 0; i < defaults.size(); i++) {
            if (!ordered.contains(defaults.get(i))) {
                ordered.add(Math.min(i, ordered.size()), defaults.get(i));
            }
        }
        table.getColumns().setAll(ordered);
        restoreSort(table, layout.sort());
    }

    /** Sorts the table as it was sorted (null or empty: unsorted). */
    static <S> void restoreSort(TableView<S> table, List<UiState.TableLayout.Sort> sort) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        if (sort != null) {
            for (UiState.TableLayout.Sort s : sort) {
                find(table, s.id()).ifPresent(c -> {
                    c.setSortType(s.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    order.add(c);
                });
            }
        }
        table.getSortOrder().setAll(order);
    }

    private static <S> java.util.Optional<TableColumn<S, ?>> find(TableView<S> table, String id) {
        return table.getColumns().stream().filter(c -> c.getId() != null && c.getId().equals(id)).findFirst();
    }
}
