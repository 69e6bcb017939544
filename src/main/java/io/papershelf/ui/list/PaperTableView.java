package io.papershelf.ui.list;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.library.Ranking;
import io.papershelf.library.Scores;
import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.UiState;

/**
 * The paper list: a TableView over the rows, every column sortable by its {@link RowOrder}, several papers
 * selectable. Rows have one fixed height of two lines, so that a long title wraps instead of being cut after
 * thirty characters, and the 100,000-row list still lays out without measuring rows. A column that is empty
 * for every paper shown (upvotes in a plain-text copy) steps aside and the title takes its room. Sorting
 * compares rows directly: the table's own comparator would build a cell value (an observable wrapper) for both
 * sides of each of the ~1.7 million comparisons a sort of 100,000 rows makes. After a sort the list shows its
 * top, first paper selected; it keeps its selection and scroll position when rows are replaced
 * ({@link SelectionKeeper}) and tells who listens which papers are selected.
 */
public final class PaperTableView {
    /** Two lines of the list's 13 px text and the cell's padding. */
    static final double ROW_HEIGHT = 44;

    private final TableView<PaperRow> table = new TableView<>();
    private final SortedList<PaperRow> sorted;
    private final Map<TableColumn<PaperRow, ?>, Supplier<RowOrder.Order>> rowOrder = new HashMap<>();
    /** The columns that may step aside, with what makes a row's cell empty. */
    private final Map<TableColumn<PaperRow, ?>, Predicate<PaperRow>> emptyWhen = new HashMap<>();
    /** Columns hidden because they are empty for every paper shown (not by the user). */
    private final Set<TableColumn<PaperRow, ?>> autoHidden = new HashSet<>();
    private final SelectionKeeper keeper;
    /** The scores the rows are in order of, when the For you column is part of the sort; else null. */
    private Scores sortedBy;
    private Map<String, String> tagColors = Map.of();
    private Consumer<List<Long>> onSelection = ids -> { };
    private boolean restoringLayout;
    private boolean summaries;
    private final PaperListViewModel model;
    private final ForYouColumn forYou;
    /** The sort before "More like this" put the list in likeness order; given back when it ends. */
    private List<UiState.TableLayout.Sort> sortBeforeLiking;

    public PaperTableView(PaperListViewModel model) {
        this(model, row -> { });
    }

    /** @param toggleRead what a click on a row's read dot does */
    public PaperTableView(PaperListViewModel model, Consumer<PaperRow> toggleRead) {
        this.model = model;
        this.forYou = new ForYouColumn(model);
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

        TableColumn<PaperRow, PaperRow> read = column("read", "", 30, r -> r, RowOrder.READ);
        read.setCellFactory(c -> new TableCells.ReadMarkerCell(toggleRead));
        read.setResizable(false);
        TableColumn<PaperRow, PaperRow> marks = column("marks", "", 26, r -> r, RowOrder.MARKS);
        marks.setCellFactory(c -> new TableCells.MarksCell());
        marks.setResizable(false);
        TableColumn<PaperRow, PaperRow> title = column("title", "Title", 420, r -> r, RowOrder.TITLE);
        title.setCellFactory(c -> new TableCells.TitleCell(() -> summaries));
        title.setMinWidth(160);
        TableColumn<PaperRow, PaperRow> byline = column("byline", "By", 110, r -> r, RowOrder.BYLINE);
        byline.setCellFactory(c -> new TableCells.BylineCell());
        TableColumn<PaperRow, PublishedDate> published = column("published", "Published", 100, PaperRow::published,
                RowOrder.PUBLISHED);
        published.setCellFactory(c -> new TableCells.TextCell<>(d -> d == null ? "" : DisplayDate.format(d), Pos.CENTER_LEFT));
        TableColumn<PaperRow, Integer> upvotes = column("upvotes", "", 52, PaperRow::upvotes, RowOrder.UPVOTES);
        upvotes.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null ? "–" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, Integer> comments = column("comments", "", 52, PaperRow::comments, RowOrder.COMMENTS);
        comments.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null || v == 0 ? "" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, List<String>> tags = column("tags", "Tags", 120, PaperRow::tags, RowOrder.TAGS);
        tags.setCellFactory(c -> new TableCells.TagsCell(() -> tagColors));
        // The small columns keep their size; the title takes what the pane has to spare.
        byline.setMinWidth(90);
        byline.setMaxWidth(180);
        published.setMinWidth(100);
        published.setMaxWidth(120);
        upvotes.setMinWidth(48);
        upvotes.setMaxWidth(64);
        comments.setMinWidth(48);
        comments.setMaxWidth(64);
        tags.setMinWidth(80);
        tags.setMaxWidth(240);
        headerIcon(marks, Feather.EDIT_3, "Notes");
        headerIcon(upvotes, Feather.THUMBS_UP, "Upvotes");
        headerIcon(comments, Feather.MESSAGE_SQUARE, "Comments");
        emptyWhen.put(marks, r -> !RowMarks.any(r));
        emptyWhen.put(byline, r -> r.byline().isEmpty());
        emptyWhen.put(published, r -> r.published() == null);
        emptyWhen.put(upvotes, r -> r.upvotes() == null);
        emptyWhen.put(comments, r -> r.comments() == 0);
        emptyWhen.put(tags, r -> r.tags().isEmpty());
        TableColumn<PaperRow, PaperRow> score = forYou.column();
        rowOrder.put(score, forYou::order);
        emptyWhen.put(score, forYou::empty);
        table.getColumns().setAll(List.of(read, marks, score, title, byline, published, upvotes, comments, tags));

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
            hideEmptyColumns();
            selectionChanged();
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PaperRow>) c -> selectionChanged());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<PaperRow, ?>>) c -> forYouOrderChanged());
        score.sortTypeProperty().addListener((o, a, b) -> forYouOrderChanged());
        model.rankingProperty().addListener((o, was, now) -> rankingChanged(was));
        model.loadingProperty().addListener((o, was, now) -> {
            if (!now && sortedBy != null && sortedBy != model.shownScores()) {
                keeper.keep(() -> sorted.setComparator(rowComparator())); // new rows: the latest scores order them
            }
        });
        model.likeTagProperty().addListener((o, was, now) -> likingChanged(was, now));
    }

    /** Sorts the list by the For you column, most alike first: descending, as its arrow says (View > For you order). */
    public void sortForYou() {
        TableColumn<PaperRow, PaperRow> c = forYou.column();
        if (!autoHidden.contains(c)) {
            c.setVisible(true); // hidden by the user: the order shows its column; without scores it steps aside
        }
        c.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(c));
        hideEmptyColumns();
    }

    private boolean sortedForYou() {
        return !table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == forYou.column();
    }

    private void forYouOrderChanged() {
        model.forYouOrderProperty().set(sortedForYou() && forYou.column().getSortType() == TableColumn.SortType.DESCENDING);
    }

    /**
     * A new ranking: a list sorted by its scores is sorted again when the ranking scores rows
     * the one before did not ({@link PaperListViewModel#reorders}), the selected paper kept where it was on
     * screen; the column steps aside, or comes back, as there are scores to show.
     */
    private void rankingChanged(Ranking before) {
        if (table.getSortOrder().contains(forYou.column()) && model.reorders(before)) {
            keeper.keep(() -> sorted.setComparator(rowComparator()));
        }
        hideEmptyColumns(); // the bars draw themselves again (ForYouColumn)
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

    /** Moves the selection {@code delta} rows down (up when negative) from the focused row; the first row when none. */
    public void move(int delta) {
        int from = table.getFocusModel().getFocusedIndex();
        if (table.getSelectionModel().isEmpty() || from < 0) {
            select(0);
            return;
        }
        select(Math.max(0, Math.min(table.getItems().size() - 1, from + delta)));
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
        return new UiState.TableLayout(now.columns().stream().map(c -> autoHidden.stream()
                .anyMatch(h -> h.getId().equals(c.id())) ? new UiState.TableLayout.Column(c.id(), c.width(), true) : c)
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

    /**
     * Hides the columns empty for every row shown and shows again those that have something to show. A view without
     * papers leaves the columns as they are: showing them all there, without rows or a scroll bar, and hiding them
     * again as the next view's rows come made the table share out its width while the scroll bar came and went, and
     * the last column could end up under it.
     */
    private void hideEmptyColumns() {
        if (table.getItems().isEmpty()) {
            return;
        }
        for (Map.Entry<TableColumn<PaperRow, ?>, Predicate<PaperRow>> e : emptyWhen.entrySet()) {
            TableColumn<PaperRow, ?> c = e.getKey();
            boolean empty = table.getItems().stream().allMatch(e.getValue());
            if (empty && c.isVisible()) {
                autoHidden.add(c);
                c.setVisible(false);
            } else if (!empty && autoHidden.remove(c)) {
                c.setVisible(true);
            }
        }
    }

    private static void headerIcon(TableColumn<PaperRow, ?> c, Feather icon, String name) {
        headerIcon(c, icon, name, name);
    }

    /** A column whose header is an icon, named for screen readers and explained in a tooltip. */
    static void headerIcon(TableColumn<PaperRow, ?> c, Feather icon, String name, String tooltip) {
        Label l = new Label(null, new FontIcon(icon));
        l.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        l.setAccessibleText(name);
        c.setGraphic(l);
    }

    /** The table's sort order as one comparator of rows; null (the library's order) when unsorted. */
    private Comparator<PaperRow> rowComparator() {
        sortedBy = table.getSortOrder().contains(forYou.column()) ? model.shownScores() : null;
        Comparator<PaperRow> out = null;
        for (TableColumn<PaperRow, ?> c : table.getSortOrder()) {
            Supplier<RowOrder.Order> order = rowOrder.get(c);
            if (order == null || !c.isSortable()) {
                continue;
            }
            Comparator<PaperRow> one = order.get().get(c.getSortType() == TableColumn.SortType.DESCENDING);
            out = out == null ? one : out.thenComparing(one);
        }
        return out;
    }

    private <T> TableColumn<PaperRow, T> column(String id, String name, double width,
                                                Function<PaperRow, T> value, RowOrder.Order order) {
        TableColumn<PaperRow, T> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        rowOrder.put(c, () -> order);
        return c;
    }
}
