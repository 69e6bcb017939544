package io.papershelf.ui.list;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Styles;

/** The paper table's cells: formatted text, the read dot, the title on two lines, the byline, marks ({@link TagsCell}: the tags). */
final class TableCells {
    private static final PseudoClass READ = PseudoClass.getPseudoClass("read");

    private TableCells() {
    }

    /** A cell that shows a value through a formatter. */
    static final class TextCell<T> extends TableCell<PaperRow, T> {
        private final Function<T, String> format;

        TextCell(Function<T, String> format, Pos alignment) {
            this.format = format;
            setAlignment(alignment);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : format.apply(item));
        }
    }

    /**
     * A dot for unread papers (a faint ring for read ones, shown when the pointer is on the row). A click on
     * it toggles that paper's read state.
     */
    static final class ReadMarkerCell extends TableCell<PaperRow, PaperRow> {
        private final FontIcon dot = new FontIcon(Feather.CIRCLE);

        ReadMarkerCell(Consumer<PaperRow> toggle) {
            dot.getStyleClass().add(Styles.READ_MARKER);
            setAlignment(Pos.CENTER);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !isEmpty() && getItem() != null) {
                    toggle.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(PaperRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean read = !empty && row != null && row.read();
            dot.pseudoClassStateChanged(READ, read);
            setGraphic(empty || row == null ? null : dot);
            setAccessibleText(empty || row == null ? null : read ? "read" : "unread");
        }
    }

    /**
     * The title, wrapped onto the row's two lines (cut with an ellipsis beyond), the whole of it in a tooltip.
     * With summaries on (View menu), a paper that has a one-line summary shows its title on the first line and
     * the summary on the second.
     */
    static final class TitleCell extends TableCell<PaperRow, PaperRow> {
        private final Tooltip tip = new Tooltip();
        private final BooleanSupplier summaries;
        private final Label title = new Label();
        private final Label summary = new Label();
        private final VBox lines = new VBox(1, title, summary);

        TitleCell(BooleanSupplier summaries) {
            this.summaries = summaries;
            setWrapText(true);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setAlignment(Pos.CENTER_LEFT);
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            summary.getStyleClass().add(Styles.ROW_SUMMARY);
            title.setMinWidth(0);
            summary.setMinWidth(0);
            lines.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaperRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean twoParts = summaries.getAsBoolean() && row.summary() != null;
            tip.setText(row.summary() == null ? row.title() : row.title() + "\n\n" + row.summary());
            setTooltip(tip);
            if (twoParts) {
                title.setText(row.title());
                summary.setText(row.summary());
                setText(null);
                setGraphic(lines);
            } else {
                setGraphic(null);
                setText(row.title());
            }
        }
    }

    /**
     * Who wrote the paper: the organisation's whole name where it fits on the row's two lines, else its handle ("MIT")
     * where the card gives one, else the name cut short; the whole of it in a tooltip.
     */
    static final class BylineCell extends TableCell<PaperRow, PaperRow> {
        private final Tooltip tip = new Tooltip();
        private final Text measure = new Text();

        BylineCell() {
            setAlignment(Pos.CENTER_LEFT);
            setWrapText(true);
            setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(PaperRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.byline().isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            tip.setText(row.bylineShort() == null ? row.byline() : row.byline() + " (" + row.bylineShort() + ")");
            setTooltip(tip);
            setText(row.byline());
        }

        @Override
        protected void layoutChildren() {
            PaperRow row = getItem();
            if (!isEmpty() && row != null && row.bylineShort() != null) {
                double room = getWidth() - snappedLeftInset() - snappedRightInset();
                measure.setFont(getFont());
                String shown = ContentWidths.fitsTwoLines(measure, row.byline(), room) ? row.byline() : row.bylineShort();
                if (!shown.equals(getText())) {
                    setText(shown);
                }
            }
            super.layoutChildren();
        }
    }

    /** Small marks of what the user added to a paper ({@link RowMarks}). */
    static final class MarksCell extends TableCell<PaperRow, PaperRow> {
        private final HBox box = new HBox(2);

        MarksCell() {
            box.setAlignment(Pos.CENTER);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(PaperRow row, boolean empty) {
            super.updateItem(row, empty);
            List<RowMarks.Mark> marks = empty || row == null ? List.of() : RowMarks.of(row);
            if (marks.isEmpty()) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            box.getChildren().clear();
            for (RowMarks.Mark m : marks) {
                FontIcon icon = new FontIcon(m.icon());
                icon.getStyleClass().add(Styles.ROW_MARK);
                box.getChildren().add(icon);
            }
            setGraphic(box);
            setAccessibleText(String.join(", ", marks.stream().map(RowMarks.Mark::description).toList()));
        }
    }
}
