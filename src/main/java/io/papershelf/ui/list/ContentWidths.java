package io.papershelf.ui.list;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import io.papershelf.model.PaperRow;

/**
 * The By and Tags columns as wide as what the list shows needs, within reason: the widest byline on one line (an
 * organisation's whole name such as "Microsoft Research", "445 authors") and the widest single tag chip ("benchmark",
 * "evaluation") set the column's least width, up to a cap and to a share of the list's width, so that the title keeps
 * most of it (a name that still does not fit takes the row's second line, {@link TableCells.BylineCell}). Beside
 * two-line titles the constrained columns were given too little ("bench…", "MicrosoftRe…", "445 auth…"). Worked out
 * again when the rows change (the font and padding measured on the list's first shown cells, 13 px before any is
 * made): the rows are scanned for their longest strings, only those are measured, so 100,000 rows cost a pass over
 * their lengths. A column is resized only when it is narrower than it needs, so a width the user chose is left alone
 * otherwise.
 */
final class ContentWidths {
    /** The caps: a tag or name longer than this is cut, whole in the tooltip. */
    static final double BYLINE_MAX = 140;
    static final double TAGS_MAX = 120;
    /** Each column's share of the list's width at most: the title keeps the rest. */
    private static final double SHARE = 0.15;
    /** The tag chip's font size, padding and border (papershelf.css, .ps-tag-chip). */
    private static final double CHIP_FONT = 11;
    private static final double CHIP_EDGES = 16;
    private static final int LONGEST = 12;

    private final TableView<PaperRow> table;
    private final TableColumn<PaperRow, ?> byline;
    private final TableColumn<PaperRow, ?> tags;
    private final double bylineLeast;
    private final double tagsLeast;
    private final Text measure = new Text();
    private double bylineNeeds;
    private double tagsNeeds;

    ContentWidths(TableView<PaperRow> table, TableColumn<PaperRow, ?> byline, TableColumn<PaperRow, ?> tags) {
        this.table = table;
        this.byline = byline;
        this.tags = tags;
        this.bylineLeast = byline.getMinWidth();
        this.tagsLeast = tags.getMinWidth();
        table.widthProperty().addListener((o, was, now) -> apply());
    }

    /** Measures what the rows shown need and widens the columns that have less. */
    void update() {
        List<PaperRow> rows = table.getItems();
        if (rows.isEmpty()) {
            return; // a view without papers leaves the widths as they are (EmptyColumns does the same)
        }
        // One walk over the list's cells for both columns' first shown cell: it measured a fifth of this method.
        TableCell<?, ?> bylineCell = null;
        TableCell<?, ?> tagsCell = null;
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> t && t.getScene() != null) {
                bylineCell = bylineCell == null && t.getTableColumn() == byline ? t : bylineCell;
                tagsCell = tagsCell == null && t.getTableColumn() == tags ? t : tagsCell;
            }
        }
        Font font = bylineCell != null ? bylineCell.getFont() : Font.font(Font.getDefault().getFamily(), 13);
        bylineNeeds = widest(longest(rows, r -> List.of(r.byline())), font) + cellEdges(bylineCell);
        Font chip = Font.font(font.getFamily(), CHIP_FONT);
        tagsNeeds = widest(longest(rows, PaperRow::tags), chip) + CHIP_EDGES + cellEdges(tagsCell);
        apply();
    }

    private void apply() {
        double share = table.getWidth() > 0 ? table.getWidth() * SHARE : Double.MAX_VALUE;
        boolean narrow = fit(byline, bylineLeast, bylineNeeds, BYLINE_MAX, share);
        narrow |= fit(tags, tagsLeast, tagsNeeds, TAGS_MAX, share);
        if (narrow) {
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
        }
    }

    /** Sets the column's least width; true when it is now narrower than that. */
    private static boolean fit(TableColumn<PaperRow, ?> c, double least, double needs, double cap, double share) {
        double min = Math.max(least, Math.min(Math.ceil(needs), Math.min(cap, share)));
        if (min != c.getMinWidth()) {
            c.setMinWidth(min);
            c.setPrefWidth(Math.max(c.getPrefWidth(), min));
        }
        return c.isVisible() && c.getWidth() < min - 0.5;
    }

    /** The few longest strings the rows have for a column (by characters: measuring all would cost too much). */
    private static Collection<String> longest(List<PaperRow> rows, Function<PaperRow, List<String>> values) {
        Set<String> seen = new HashSet<>();
        PriorityQueue<String> top = new PriorityQueue<>(Comparator.comparingInt(String::length));
        for (PaperRow r : rows) {
            for (String s : values.apply(r)) {
                boolean shorter = top.size() == LONGEST && s != null && s.length() <= top.peek().length();
                if (s == null || s.isEmpty() || shorter || !seen.add(s)) {
                    continue;
                }
                top.add(s);
                if (top.size() > LONGEST) {
                    top.poll();
                }
            }
        }
        return top;
    }

    /**
     * Whether the text fits the room on at most two lines, broken between words only (a word wider than the room
     * would be broken inside).
     */
    static boolean fitsTwoLines(Text measure, String text, double room) {
        measure.setWrappingWidth(0);
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            if (measure.getLayoutBounds().getWidth() > room) {
                return false;
            }
        }
        measure.setText("X");
        double line = measure.getLayoutBounds().getHeight();
        measure.setText(text);
        measure.setWrappingWidth(room);
        double lines = measure.getLayoutBounds().getHeight();
        measure.setWrappingWidth(0);
        return lines < 2.5 * line; // the height of two lines, give or take the rounding of a wrapped layout
    }

    private double widest(Collection<String> texts, Font font) {
        measure.setFont(font);
        double w = 0;
        for (String t : texts) {
            measure.setText(t);
            w = Math.max(w, measure.getLayoutBounds().getWidth());
        }
        return w;
    }

    /** A cell's padding on both sides (16 before any is made), plus a pixel for the column's border. */
    private static double cellEdges(TableCell<?, ?> cell) {
        return (cell != null ? cell.snappedLeftInset() + cell.snappedRightInset() : 16) + 2;
    }
}
