package io.papershelf.ui.list;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/** The paper table's cells: formatted text, the unread dot, tag chips. */
final class TableCells {
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

    /** A dot for unread papers, nothing for read ones. */
    static final class ReadMarkerCell extends TableCell<PaperRow, Boolean> {
        private final FontIcon dot = new FontIcon(Feather.CIRCLE);

        ReadMarkerCell() {
            dot.getStyleClass().add(Styles.READ_MARKER);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean read, boolean empty) {
            super.updateItem(read, empty);
            setGraphic(empty || read == null || read ? null : dot);
            setAccessibleText(empty || read == null ? null : read ? "read" : "unread");
        }
    }

    /** Tags as small chips, coloured when the tag has a colour. */
    static final class TagsCell extends TableCell<PaperRow, List<String>> {
        private final HBox box = new HBox(4);
        private final Supplier<Map<String, String>> tagColors;

        TagsCell(Supplier<Map<String, String>> tagColors) {
            this.tagColors = tagColors;
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(List<String> tags, boolean empty) {
            super.updateItem(tags, empty);
            if (empty || tags == null || tags.isEmpty()) {
                setGraphic(null);
                return;
            }
            box.getChildren().clear();
            Map<String, String> colors = tagColors.get();
            for (String t : tags) {
                Label chip = new Label(t);
                chip.setMinWidth(Label.USE_PREF_SIZE);
                chip.getStyleClass().add(Styles.TAG_CHIP);
                chip.setStyle(TagColors.chipStyle(colors.get(t)));
                box.getChildren().add(chip);
            }
            setGraphic(box);
        }
    }
}
