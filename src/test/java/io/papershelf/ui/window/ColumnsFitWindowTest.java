package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static io.papershelf.ui.window.TestWindow.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;

/**
 * The columns fit beside the list's scroll bar: walking the sidebar by keyboard through views without papers (where
 * the list has no scroll bar) and back, the last column (the comments, while no paper has a tag) is never partly under
 * the scroll bar with its numbers cut.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsFitWindowTest {
    @TempDir
    Path dir;
    private TestWindow w;

    @BeforeEach
    void start() throws Exception {
        w = TestWindow.open(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    @RepeatedTest(3)
    void walkingTheSidebarLeavesTheLastColumnBesideTheScrollBar(FxRobot robot) throws Exception {
        MainWindow window = w.window;
        robot.interact(() -> {
            w.stage().setWidth(1280);
            w.stage().setHeight(760);
        });
        waitUntil(() -> robot.lookup("#empty-state").query().isVisible());
        robot.interact(() -> window.viewModel().imports().importSample());
        waitUntil(() -> table(robot).getItems().size() == 50 && table(robot).isFocused());
        assertFits(robot);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        for (int i = 0; i < 6; i++) { // the sample, Statistics, Annotated (none), Recently added, Has code, Read (none)
            robot.type(KeyCode.UP);
        }
        robot.type(KeyCode.ENTER); // Unread
        waitUntil(() -> table(robot).getItems().size() == 50 && table(robot).isFocused());
        assertFits(robot);
    }

    private static void assertFits(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns(robot)).as("the columns' widths beside the room the rows have").isLessThanOrEqualTo(room(robot));
    }

    private static double columns(FxRobot robot) {
        return table(robot).getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }

    /** The width the rows have: the table's less its insets and the vertical scroll bar. */
    private static double room(FxRobot robot) {
        var t = table(robot);
        double bar = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(s -> s.getOrientation() == Orientation.VERTICAL && s.isVisible() && inside(s, t))
                .mapToDouble(ScrollBar::getWidth).sum();
        return t.getWidth() - t.snappedLeftInset() - t.snappedRightInset() - bar;
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
