package io.papershelf.ui.list;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/**
 * Tags as small chips, coloured when the tag has a colour, on as many lines as the row has (two): in a narrow
 * column the second tag goes under the first instead of being cut at the column's edge; a tag wider than the
 * column ends with an ellipsis; those that find no room on the two lines are counted in a last chip ("+2"), not
 * drawn past the row's edges; all of them are in the tooltip.
 */
final class TagsCell extends TableCell<PaperRow, List<String>> {
    private final FlowPane box = new FlowPane(4, 2);
    private final Label more = new Label();
    private final Tooltip all = new Tooltip();
    private final Supplier<Map<String, String>> tagColors;

    TagsCell(Supplier<Map<String, String>> tagColors) {
        this.tagColors = tagColors;
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        more.getStyleClass().add(Styles.TAG_CHIP);
        more.setMinWidth(Region.USE_PREF_SIZE);
        box.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(),
                paddingProperty()));
    }

    @Override
    protected void updateItem(List<String> tags, boolean empty) {
        super.updateItem(tags, empty);
        if (empty || tags == null || tags.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        box.getChildren().clear();
        Map<String, String> colors = tagColors.get();
        for (String t : tags) {
            Label chip = new Label(t);
            chip.setMinWidth(0);
            chip.maxWidthProperty().bind(box.prefWrapLengthProperty());
            chip.getStyleClass().add(Styles.TAG_CHIP);
            chip.setStyle(TagColors.chipStyle(colors.get(t)));
            box.getChildren().add(chip);
        }
        box.getChildren().add(more);
        all.setText(String.join(", ", tags));
        setTooltip(all);
        setGraphic(box);
    }

    @Override
    protected void layoutChildren() {
        if (getGraphic() == box) {
            twoLines(box.getPrefWrapLength());
        }
        super.layoutChildren();
    }

    /** Shows the chips that fit on two lines, and "+N" for the rest when some do not. */
    private void twoLines(double room) {
        List<Node> chips = box.getChildren().subList(0, box.getChildren().size() - 1);
        chips.forEach(c -> show(c, true));
        int hidden = 0;
        while (lines(room) > 2 && hidden < chips.size() - 1) {
            hidden++;
            show(chips.get(chips.size() - hidden), false);
            more.setText("+" + hidden);
            show(more, true);
        }
        if (hidden == 0) {
            show(more, false);
        }
    }

    /** The lines the shown chips take, as the box lays them out (each at least its least width). */
    private int lines(double room) {
        int lines = 1;
        double x = 0;
        for (Node n : box.getChildren()) {
            if (!n.isManaged()) {
                continue;
            }
            double w = Math.min(room, n.prefWidth(-1));
            if (x > 0 && x + w > room) {
                lines++;
                x = 0;
            }
            x += w + box.getHgap();
        }
        return lines;
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }
}
