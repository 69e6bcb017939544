package io.papershelf.ui.list;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import io.papershelf.library.Ranking;
import io.papershelf.library.Scores;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.UiState;

/**
 * The paper list: a TableView over the rows, every column sortable by its {@link RowOrder}, several papers
 * selectable ({@link PaperColumns}). Rows have one fixed height of two lines, so that a long title wraps instead of
 * being cut after thirty characters, and the 100,000-row list still lays out without measuring rows. A column that
 * is empty for every paper shown steps aside ({@link EmptyColumns}) and the title takes its room. Sorting
 * compares rows directly: the table's own comparator would build a cell value (an observable wrapper) for both
 * sides of each of the ~1.7 million comparisons a sort of 100,000 rows makes. After a sort the list shows its
 * top, first paper selected; it keeps its selection and scroll position when rows are replaced
 * ({@link SelectionKeeper}) and tells who listens which papers are selected.
 */
public final class PaperTableView {
    /** Two lines of the list's 13 px text and the cell's padding. */
    static final double ROW_HEIGHT = 44;
    /** Rows kept in view beyond the selected one while moving through the list by keyboard. */
    static final int AHEAD = 2;

    private final TableView<PaperRow> table = new TableView<>();
    private final SortedList<PaperRow> sorted;
    private final PaperColumns columns;
    private final EmptyColumns emptyColumns;
    private final ContentWidths contentWidths;
    private final SelectionKeeper keeper;
    /** The scores the rows are in order of, when the For you column is part of the sort; else null. */
    private Scores sortedBy;
    private Map<String, String> tagColors = Map.of();
    private Consumer<List<Long>> onSelection = ids -> { };
    private boolean restoringLayout;
    private boolean summaries;
    private final ListRanking ranking;
    private final ForYouColumn forYou;
    /** The sort before "More like this" put the list in likeness order; given back when it ends. */
    private List<UiState.TableLayout.Sort> sortBeforeLiking;

    public PaperTableView(PaperListViewModel model) {
        this(model, row -> { });
    }

    /** @param toggleRead what a click on a row's read dot does */
    public PaperTableView(PaperListViewModel model, Consumer<PaperRow> toggleRead) {
        this.ranking = model.ranking();
        this.forYou = new ForYouColumn(ranking);
        sorted = new SortedList<>(model.rows());
        table.setSortPolicy(t -> {
            sorted.setComparator(rowComparator());
            if (!restoringLayout) {
                Platform.runLater(this::showTop);
            }
            return true;
        });
        table.setItems(sorted);
        table.setId("paper-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMinWidth(300);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.install(table);
        Label placeholder = new Label("No papers here.");
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(placeholder);

        this.columns = new PaperColumns(forYou, toggleRead, () -> summaries, () -> tagColors);
        this.emptyColumns = new EmptyColumns(table, columns.emptyWhen());
        this.contentWidths = new ContentWidths(table, columns.column("byline"), columns.column("tags"));
        table.getColumns().setAll(columns.all());

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PaperRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("read"),
                        !empty && item != null && item.read());
            }
        });
        model.onSelectRequest(this::selectIds);
        keeper = new SelectionKeeper(table, model, () -> {
            emptyColumns.update();
            contentWidths.update();
            selectionChanged();
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PaperRow>) c -> selectionChanged());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<PaperRow, ?>>) c -> forYouOrderChanged());
        forYou.column().sortTypeProperty().addListener((o, a, b) -> forYouOrderChanged());
        ranking.rankingProperty().addListener((o, was, now) -> rankingChanged(was));
        model.loadingProperty().addListener((o, was, now) -> {
            if (!now && sortedBy != null && sortedBy != ranking.shownScores()) {
                keeper.keep(() -> sorted.setComparator(rowComparator())); // new rows: the latest scores order them
            }
        });
        ranking.likeTagProperty().addListener((o, was, now) -> likingChanged(was, now));
    }

    /** Sorts the list by the For you column, most alike first: descending, as its arrow says (View > For you order). */
    public void sortForYou() {
        TableColumn<PaperRow, PaperRow> c = forYou.column();
        if (!emptyColumns.hides(c)) {
            c.setVisible(true); // hidden by the user: the order shows its column; without scores it steps aside
        }
        c.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(c));
        emptyColumns.update();
    }

    private boolean sortedForYou() {
        return !table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == forYou.column();
    }

    private void forYouOrderChanged() {
        boolean mostAlikeFirst = forYou.column().getSortType() == TableColumn.SortType.DESCENDING;
        ranking.forYouOrderProperty().set(sortedForYou() && mostAlikeFirst);
    }

    /**
     * A new ranking: a list sorted by its scores is sorted again, from its top, when the ranking scores rows the one
     * before did not ({@link ListRanking#reorders}); the column steps aside, or comes back, as there are scores to
     * show. Not while the user works down the list (a paper below the first selected): the first training comes
     * after the fifth paper read or tagged, and the rows moving then lost the user's place. The line above the list
     * offers the new order instead.
     */
    private void rankingChanged(Ranking before) {
        if (table.getSortOrder().contains(forYou.column()) && ranking.reorders(before)) {
            if (table.getSelectionModel().getSelectedIndex() > 0) {
                ranking.orderWaitingProperty().set(true);
            } else { // not started down the list: it shows the new order from its top, the best paper selected
                sorted.setComparator(rowComparator());
                showTop();
            }
        }
        emptyColumns.update(); // the bars draw themselves again (ForYouColumn)
    }

    /** "More like this" shows its papers in likeness order; the sort the list had comes back after. */
    private void likingChanged(String was, String now) {
        if (was == null && now != null) {
            sortBeforeLiking = TableState.capture(table).sort();
            sortForYou();
        } else if (was != null && now == null && sortBeforeLiking != null) {
            List<UiState.TableLayout.Sort> before = sortBeforeLiking;
            sortBeforeLiking = null;
            restoringLayout = true;
            try {
                TableState.restoreSort(table, before);
            } finally {
                restoringLayout = false;
            }
        }
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

    /** The rows in the order shown. */
    public List<PaperRow> shownRows() {
        return table.getItems();
    }

    /** Selects the row at {@code index} alone, and scrolls just enough to show it. */
    public void select(int index) {
        if (index < 0 || index >= table.getItems().size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(index);
        table.getFocusModel().focus(index);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    /**
     * Moves the selection {@code delta} rows down (up when negative) from the focused row; the first row when none.
     * The list keeps {@link #AHEAD} rows in view beyond the selected one in the direction of travel, so that the next
     * titles can be read before they are reached (it scrolled just enough to show the selected row, the last one).
     */
    public void move(int delta) {
        int from = table.getFocusModel().getFocusedIndex();
        if (table.getSelectionModel().isEmpty() || from < 0) {
            select(0);
            return;
        }
        int to = Math.max(0, Math.min(table.getItems().size() - 1, from + delta));
        select(to);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(Math.max(0, Math.min(table.getItems().size() - 1, to + Integer.signum(delta) * AHEAD)));
        }
    }

    /** Selects the papers with these ids that are shown; the first of them in view. */
    public void selectIds(List<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        int first = -1;
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (wanted.contains(table.getItems().get(i).id())) {
                table.getSelectionModel().select(i);
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            table.getFocusModel().focus(first);
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(first);
            }
        }
    }

    /** The top of the list in view, its first paper selected. */
    public void showTop() {
        SelectionKeeper.showTop(table);
    }

    /** The columns' order, widths and visibility, and the sort, to remember between runs. */
    public UiState.TableLayout layout() {
        UiState.TableLayout now = TableState.capture(table);
        return new UiState.TableLayout(now.columns().stream().map(c -> emptyColumns.hides(c.id())
                ? new UiState.TableLayout.Column(c.id(), c.width(), true) : c)
                .toList(), sortBeforeLiking != null ? sortBeforeLiking : now.sort());
    }

    public void restoreLayout(UiState.TableLayout layout) {
        restoringLayout = true;
        try {
            TableState.restore(table, layout);
        } finally {
            restoringLayout = false;
        }
    }

    /** Whether a paper's one-line summary shows under its title (View > Summaries in the list). */
    public boolean showsSummaries() {
        return summaries;
    }

    public void showSummaries(boolean on) {
        summaries = on;
        table.refresh();
    }

    public void setTagColors(Map<String, String> colors) {
        this.tagColors = Map.copyOf(colors);
        table.refresh();
    }

    /** The table's sort order as one comparator of rows; null (the library's order) when unsorted. */
    private Comparator<PaperRow> rowComparator() {
        sortedBy = table.getSortOrder().contains(forYou.column()) ? ranking.shownScores() : null;
        ranking.orderWaitingProperty().set(false); // sorted now by the latest scores, or by another column
        Comparator<PaperRow> out = null;
        for (TableColumn<PaperRow, ?> c : table.getSortOrder()) {
            Supplier<RowOrder.Order> order = columns.order(c);
            if (order == null || !c.isSortable()) {
                continue;
            }
            Comparator<PaperRow> one = order.get().get(c.getSortType() == TableColumn.SortType.DESCENDING);
            out = out == null ? one : out.thenComparing(one);
        }
        return out;
    }
}
