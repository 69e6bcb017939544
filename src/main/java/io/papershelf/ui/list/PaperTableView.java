package io.papershelf.ui.list;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.UiState;

/**
 * The paper list: a TableView over the rows, every column sortable by its {@link RowOrder}, fixed row
 * height, several papers selectable. Sorting compares rows directly: the table's own comparator would build
 * a cell value (an observable wrapper) for both sides of each of the ~1.7 million comparisons a sort of
 * 100,000 rows makes. It keeps its selection and scroll position when the rows are replaced
 * ({@link SelectionKeeper}) and tells who listens which papers are selected.
 */
public final class PaperTableView {
    private final TableView<PaperRow> table = new TableView<>();
    private final SortedList<PaperRow> sorted;
    private final Map<TableColumn<PaperRow, ?>, Comparator<PaperRow>> rowOrder = new HashMap<>();
    private final SelectionKeeper keeper;
    private Map<String, String> tagColors = Map.of();
    private Consumer<List<Long>> onSelection = ids -> { };

    public PaperTableView(PaperListViewModel model) {
        sorted = new SortedList<>(model.rows());
        table.setSortPolicy(t -> {
            sorted.setComparator(rowComparator());
            return true;
        });
        table.setItems(sorted);
        table.setId("paper-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(30);
        table.setMinWidth(300);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label("No papers here.");
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(placeholder);

        TableColumn<PaperRow, Boolean> read = column("read", "", 34, PaperRow::read, RowOrder.READ);
        read.setCellFactory(c -> new TableCells.ReadMarkerCell());
        read.setResizable(false);
        TableColumn<PaperRow, String> title = column("title", "Title", 420, PaperRow::title, RowOrder.TITLE);
        title.setMinWidth(160);
        TableColumn<PaperRow, String> byline = column("byline", "By", 110, PaperRow::byline, RowOrder.BYLINE);
        TableColumn<PaperRow, PublishedDate> published = column("published", "Published", 100, PaperRow::published,
                RowOrder.PUBLISHED);
        published.setCellFactory(c -> new TableCells.TextCell<>(d -> d == null ? "" : DisplayDate.format(d), Pos.CENTER_LEFT));
        TableColumn<PaperRow, Integer> upvotes = column("upvotes", "", 52, PaperRow::upvotes, RowOrder.UPVOTES);
        upvotes.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null ? "–" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, Integer> comments = column("comments", "", 52, PaperRow::comments, RowOrder.COMMENTS);
        comments.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null || v == 0 ? "" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, List<String>> tags = column("tags", "Tags", 120, PaperRow::tags, RowOrder.TAGS);
        tags.setCellFactory(c -> new TableCells.TagsCell(() -> tagColors));
        // The small columns keep their size; the title (and tags) take what the pane has to spare.
        byline.setMinWidth(90);
        byline.setMaxWidth(180);
        published.setMinWidth(100);
        published.setMaxWidth(120);
        upvotes.setMinWidth(48);
        upvotes.setMaxWidth(64);
        comments.setMinWidth(48);
        comments.setMaxWidth(64);
        tags.setMinWidth(80);
        headerIcon(upvotes, Feather.THUMBS_UP, "Upvotes");
        headerIcon(comments, Feather.MESSAGE_SQUARE, "Comments");
        table.getColumns().setAll(List.of(read, title, byline, published, upvotes, comments, tags));

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PaperRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("read"),
                        !empty && item != null && item.read());
            }
        });
        keeper = new SelectionKeeper(table, model, this::selectionChanged);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PaperRow>) c -> selectionChanged());
    }

    public TableView<PaperRow> node() {
        return table;
    }

    /** Tells {@code listener} the selected papers' ids whenever the selection changes. */
    public void onSelection(Consumer<List<Long>> listener) {
        this.onSelection = listener;
    }

    private void selectionChanged() {
        if (keeper.restoring()) {
            return; // rows are being replaced; the selection is put back right after
        }
        onSelection.accept(selectedIds());
    }

    public List<PaperRow> selectedRows() {
        return table.getSelectionModel().getSelectedItems().stream().filter(r -> r != null).toList();
    }

    public List<Long> selectedIds() {
        return selectedRows().stream().map(PaperRow::id).toList();
    }

    public void selectAll() {
        table.getSelectionModel().selectAll();
    }

    /** The columns' order, widths and visibility, and the sort, to remember between runs. */
    public UiState.TableLayout layout() {
        return TableState.capture(table);
    }

    public void restoreLayout(UiState.TableLayout layout) {
        TableState.restore(table, layout);
    }

    public void setTagColors(Map<String, String> colors) {
        this.tagColors = Map.copyOf(colors);
        table.refresh();
    }

    private static void headerIcon(TableColumn<PaperRow, ?> c, Feather icon, String name) {
        Label l = new Label(null, new FontIcon(icon));
        l.setTooltip(new javafx.scene.control.Tooltip(name));
        l.setAccessibleText(name);
        c.setGraphic(l);
    }

    /** The table's sort order as one comparator of rows; null (the library's order) when unsorted. */
    private Comparator<PaperRow> rowComparator() {
        Comparator<PaperRow> out = null;
        for (TableColumn<PaperRow, ?> c : table.getSortOrder()) {
            Comparator<PaperRow> one = rowOrder.get(c);
            if (one == null || !c.isSortable()) {
                continue;
            }
            if (c.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            out = out == null ? one : out.thenComparing(one);
        }
        return out;
    }

    private <T> TableColumn<PaperRow, T> column(String id, String name, double width,
                                                Function<PaperRow, T> value, Comparator<PaperRow> order) {
        TableColumn<PaperRow, T> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        rowOrder.put(c, order);
        return c;
    }
}
