package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import io.papershelf.library.Library;

/**
 * Sentences the window says are whole, in a narrow window too, never cut with an ellipsis: a keyboard user has no
 * tooltip to read the end of them. The line above the list says why the order is not yet the For you order
 * ("ordered by upvotes, then date", how many papers are missing); an empty note's preview says how to go back; the
 * export dialog's labels are whole. A paper's tags in the narrow Tags column wrap to the row's second line instead of
 * running past the column's edge, and are whole in its tooltip.
 */
class WholeLabelsWindowTest extends WindowTestBase {

    @Override
    void prepare(Library library) throws Exception {
        library.addTag(List.of(id("InteractComp")), "agents");
        library.addTag(List.of(id("GAPS")), "benchmark");
        library.addTag(List.of(id("GAPS")), "clinical");
    }

    @Test
    void theLineAboveTheListIsNeverCut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> line(robot).getText().startsWith("Not enough to learn from yet"));
        assertWhole(robot);

        robot.interact(() -> window.viewModel().sidebar().selectTag("agents"));
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> line(robot).getText().startsWith("More like \u201cagents\u201d: Not enough"));
        assertWhole(robot);
    }

    @Test
    void anEmptyNotesPreviewSaysWholeHowToGoBack(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        select(robot, "GAPS");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".md-empty").tryQuery().isPresent());
        Label empty = robot.lookup(".md-empty").queryAs(Label.class);
        try {
            waitUntil(() -> drawn(empty).equals(empty.getText()));
        } catch (java.util.concurrent.TimeoutException cut) {
            // said below
        }
        assertThat(drawn(empty)).isEqualTo("Nothing written yet. Ctrl+Shift+P goes back to the editor.");
    }

    @Test
    void theExportDialogsLabelsAreWhole(FxRobot robot) throws Exception {
        select(robot, "GAPS");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#export-format").tryQuery().isPresent());
        try {
            javafx.scene.Node pane = robot.lookup("#export-format").query().getParent();
            List<Label> labels = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                    .filter(l -> l.getParent() == pane).toList();
            assertThat(labels).extracting(Label::getText).containsExactly("Format", "Papers");
            waitUntil(() -> labels.stream().allMatch(l -> l.lookup(".text") != null));
            assertThat(labels).extracting(WholeLabelsWindowTest::drawn).containsExactly("Format", "Papers");
        } finally {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        }
    }

    @Test
    void aPapersTagsWrapInTheirNarrowColumnAndAreWholeInItsTooltip(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        select(robot, "GAPS");
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#paper-table .table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "tags".equals(c.getTableColumn().getId())
                        && c.getItem() instanceof List<?> l && l.contains("clinical"))
                .findFirst().orElseThrow();
        List<Label> chips = robot.from(cell).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).toList();
        assertThat(chips).extracting(Label::getText).containsExactly("benchmark", "clinical");
        assertThat(cell.getTooltip().getText()).isEqualTo("benchmark, clinical");
        assertThat(drawn(chips.get(1))).as("the second tag, under the first").isEqualTo("clinical");
        var inCell = cell.localToScene(cell.getBoundsInLocal());
        for (Label chip : chips) {
            var b = chip.localToScene(chip.getBoundsInLocal());
            assertThat(b.getMaxX()).as(chip.getText() + "'s right edge within its cell").isLessThanOrEqualTo(inCell.getMaxX());
            assertThat(b.getMaxY()).as(chip.getText() + "'s foot within its cell").isLessThanOrEqualTo(inCell.getMaxY());
        }
    }

    private static Label line(FxRobot robot) {
        return robot.lookup("#ranking-line").queryAs(Label.class);
    }

    private static void assertWhole(FxRobot robot) throws Exception {
        try {
            waitUntil(() -> shown(robot).equals(line(robot).getText()));
        } catch (java.util.concurrent.TimeoutException cut) {
            // said below
        }
        assertThat(shown(robot)).isEqualTo(line(robot).getText());
    }

    /** What the label draws: its text, or the part of it an ellipsis ends. */
    private static String shown(FxRobot robot) {
        return drawn(line(robot));
    }

    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText().replace("\n", " ");
    }
}
