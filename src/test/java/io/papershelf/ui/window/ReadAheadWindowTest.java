package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;

/**
 * Triage reads the next titles before reaching them: moving down the list with J or ↓ (up with K or ↑) keeps two
 * rows in view beyond the selected one. The list used to scroll just enough to show the selected paper, on the
 * list's last line, so the next title was never in view until it was selected.
 */
class ReadAheadWindowTest extends WindowTestBase {
    @Test
    void theNextTwoTitlesAreInViewWhileMovingEitherWay(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setHeight(700));
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> table(robot).requestFocus());
        for (int i = 0; i < 25; i++) {
            robot.type(i % 2 == 0 ? KeyCode.J : KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            int selected = table(robot).getSelectionModel().getSelectedIndex();
            assertThat(selected).isEqualTo(i + 1);
            assertThat(wholeInView(robot, selected + 2)).as("row %d in view with %d selected", selected + 2, selected)
                    .isTrue();
        }
        for (int i = 0; i < 20; i++) {
            robot.type(i % 2 == 0 ? KeyCode.K : KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
            int selected = table(robot).getSelectionModel().getSelectedIndex();
            assertThat(selected).isEqualTo(24 - i);
            assertThat(wholeInView(robot, selected - 2)).as("row %d in view with %d selected", selected - 2, selected)
                    .isTrue();
        }
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // Shift+↓ still adds to the selection
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getSelectionModel().getSelectedIndices()).hasSize(2);
    }

    /** Whether the list's row at {@code index} is drawn whole inside the list's rows area. */
    private boolean wholeInView(FxRobot robot, int index) {
        Node flow = table(robot).lookup(".virtual-flow");
        Bounds area = flow.localToScene(flow.getLayoutBounds());
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible() && r.getItem() != null)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .anyMatch(b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5);
    }
}
