package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;

/**
 * The list's By and Tags columns fit what they show beside two-line titles, in the window as it opens: a typical tag
 * ("benchmark", "evaluation") and "445 authors" show whole, an organisation's whole name ("Microsoft Research") takes
 * the row's second line rather than being cut to "MicrosoftRe…", a paper's third tag is counted instead of being drawn
 * past the row's edges ("+1" or "+2" as the font measures), and the title is still the widest column.
 */
class ColumnWidthsWindowTest extends WindowTestBase {
    @Override
    void prepare(Library library) throws Exception {
        library.addTag(List.of(id("How Many Heads")), "benchmark");
        library.addTag(List.of(id("Preference Learning Algorithms")), "evaluation");
        for (String tag : List.of("benchmark", "clinical", "evaluation")) {
            library.addTag(List.of(id("InteractComp")), tag);
        }
    }

    @Test
    void typicalTagsAndNamesShowWholeAndTheTitleKeepsMostOfTheWidth(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitUntil(() -> table(robot).getItems().size() == 50);
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawn(robot, "tags", "How Many Heads", "benchmark");
        assertDrawn(robot, "tags", "Preference Learning Algorithms", "evaluation");
        assertDrawn(robot, "byline", "Beyond the Imitation Game", "445 authors");
        assertDrawn(robot, "byline", "The Collaboration Gap", "Microsoft Research");

        select(robot, "InteractComp");
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> three = cell(robot, "tags", "InteractComp");
        Bounds inCell = three.localToScene(three.getBoundsInLocal());
        List<Label> shown = robot.from(three).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).toList();
        assertThat(shown).extracting(Label::getText).contains("benchmark").anyMatch(t -> t.matches("\\+[12]"));
        for (Label chip : shown) {
            Bounds b = chip.localToScene(chip.getBoundsInLocal());
            assertThat(b.getMinY()).as(chip.getText() + "'s top within its row").isGreaterThanOrEqualTo(inCell.getMinY());
            assertThat(b.getMaxY()).as(chip.getText() + "'s foot within its row").isLessThanOrEqualTo(inCell.getMaxY());
        }

        List<TableColumn<PaperRow, ?>> columns = table(robot).getVisibleLeafColumns();
        TableColumn<PaperRow, ?> widest = columns.stream()
                .max((a, b) -> Double.compare(a.getWidth(), b.getWidth())).orElseThrow();
        assertThat(widest.getId()).isEqualTo("title");
        assertThat(widest.getWidth()).as("the title's width").isGreaterThan(200);
    }

    private void assertDrawn(FxRobot robot, String column, String titleStart, String text) throws Exception {
        select(robot, titleStart);
        TableCell<?, ?> cell = cell(robot, column, titleStart);
        try {
            waitUntil(() -> drawn(robot, cell).equals(text));
        } catch (TimeoutException cut) {
            // said below
        }
        assertThat(drawn(robot, cell)).as("%s's %s", titleStart, column).isEqualTo(text);
    }

    /** The words a cell draws: its own text, or its first chip's (an ellipsis ends what is cut). */
    private static String drawn(FxRobot robot, TableCell<?, ?> cell) {
        return robot.from(cell).lookup(".text").queryAllAs(Text.class).stream().filter(t -> !t.getText().isEmpty())
                .findFirst().map(t -> t.getText().replace("\n", " ")).orElse("");
    }

    private static TableCell<?, ?> cell(FxRobot robot, String column, String titleStart) {
        return robot.lookup("#paper-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof PaperRow r
                        && r.title().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell for " + titleStart));
    }
}
