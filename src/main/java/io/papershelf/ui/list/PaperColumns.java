package io.papershelf.ui.list;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;

/**
 * The paper list's columns, in their first order: what each shows, how wide it may be (the small ones keep their size,
 * the title takes what the pane has to spare), how it sorts ({@link RowOrder}) and, for those that may step aside,
 * when a row's cell is empty.
 */
final class PaperColumns {
    private final Map<TableColumn<PaperRow, ?>, Supplier<RowOrder.Order>> orders = new HashMap<>();
    private final Map<TableColumn<PaperRow, ?>, Predicate<PaperRow>> emptyWhen = new HashMap<>();
    private final List<TableColumn<PaperRow, ?>> all;

    /**
     * @param toggleRead what a click on a row's read dot does
     * @param summaries whether a paper's one-line summary shows under its title
     * @param tagColors the tags' colours now
     */
    PaperColumns(ForYouColumn forYou, Consumer<PaperRow> toggleRead, BooleanSupplier summaries,
                 Supplier<Map<String, String>> tagColors) {
        TableColumn<PaperRow, PaperRow> read = column("read", "Read", 30, r -> r, RowOrder.READ);
        read.setCellFactory(c -> new TableCells.ReadMarkerCell(toggleRead));
        read.setResizable(false);
        iconOnly(read);
        TableColumn<PaperRow, PaperRow> marks = column("marks", "Notes", 26, r -> r, RowOrder.MARKS);
        marks.setCellFactory(c -> new TableCells.MarksCell());
        marks.setResizable(false);
        TableColumn<PaperRow, PaperRow> title = column("title", "Title", 420, r -> r, RowOrder.TITLE);
        title.setCellFactory(c -> new TableCells.TitleCell(summaries));
        title.setMinWidth(160);
        TableColumn<PaperRow, PaperRow> byline = column("byline", "By", 110, r -> r, RowOrder.BYLINE);
        byline.setCellFactory(c -> new TableCells.BylineCell());
        TableColumn<PaperRow, PublishedDate> published = column("published", "Published", 100, PaperRow::published,
                RowOrder.PUBLISHED);
        published.setCellFactory(c -> new TableCells.TextCell<>(d -> d == null ? "" : DisplayDate.format(d), Pos.CENTER_LEFT));
        TableColumn<PaperRow, Integer> upvotes = column("upvotes", "Upvotes", 52, PaperRow::upvotes, RowOrder.UPVOTES);
        upvotes.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null ? "–" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, Integer> comments = column("comments", "Comments", 52, PaperRow::comments, RowOrder.COMMENTS);
        comments.setCellFactory(c -> new TableCells.TextCell<>(v -> v == null || v == 0 ? "" : v.toString(), Pos.CENTER_RIGHT));
        TableColumn<PaperRow, List<String>> tags = column("tags", "Tags", 120, PaperRow::tags, RowOrder.TAGS);
        tags.setCellFactory(c -> new TagsCell(tagColors));
        bounds(byline, 90, 180);
        bounds(published, 100, 120);
        bounds(upvotes, 48, 64);
        bounds(comments, 48, 64);
        bounds(tags, 80, 240);
        headerIcon(marks, Feather.EDIT_3, "Notes", "Notes");
        headerIcon(upvotes, Feather.THUMBS_UP, "Upvotes", "Upvotes");
        headerIcon(comments, Feather.MESSAGE_SQUARE, "Comments", "Comments");
        emptyWhen.put(marks, r -> !RowMarks.any(r));
        emptyWhen.put(byline, r -> r.byline().isEmpty());
        emptyWhen.put(published, r -> r.published() == null);
        emptyWhen.put(upvotes, r -> r.upvotes() == null);
        emptyWhen.put(comments, r -> r.comments() == 0);
        emptyWhen.put(tags, r -> r.tags().isEmpty());
        TableColumn<PaperRow, PaperRow> score = forYou.column();
        orders.put(score, forYou::order);
        emptyWhen.put(score, forYou::empty);
        all = List.of(read, marks, score, title, byline, published, upvotes, comments, tags);
    }

    /** The columns in their first order. */
    List<TableColumn<PaperRow, ?>> all() {
        return all;
    }

    /** The column with this id. */
    TableColumn<PaperRow, ?> column(String id) {
        return all.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    /** How the column sorts; null for a column that does not. */
    Supplier<RowOrder.Order> order(TableColumn<PaperRow, ?> column) {
        return orders.get(column);
    }

    /** The columns that may step aside, with what makes a row's cell empty. */
    Map<TableColumn<PaperRow, ?>, Predicate<PaperRow>> emptyWhen() {
        return emptyWhen;
    }

    /** A column whose header is an icon, named for screen readers and explained in a tooltip. */
    static void headerIcon(TableColumn<PaperRow, ?> c, Feather icon, String name, String tooltip) {
        Label l = new Label(null, new FontIcon(icon));
        l.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        l.setAccessibleText(name);
        c.setGraphic(l);
        iconOnly(c);
    }

    /**
     * The header shows the column's icon (or nothing) and not its name, which the column menu lists
     * ({@code Styles.ICON_HEADER} in papershelf.css: the header's label shows its graphic only).
     */
    static void iconOnly(TableColumn<PaperRow, ?> c) {
        c.getStyleClass().add(Styles.ICON_HEADER);
    }

    private static void bounds(TableColumn<PaperRow, ?> c, double min, double max) {
        c.setMinWidth(min);
        c.setMaxWidth(max);
    }

    private <T> TableColumn<PaperRow, T> column(String id, String name, double width,
                                                Function<PaperRow, T> value, RowOrder.Order order) {
        TableColumn<PaperRow, T> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        orders.put(c, () -> order);
        return c;
    }
}
