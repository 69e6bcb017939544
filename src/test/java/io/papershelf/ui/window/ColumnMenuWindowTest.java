package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

/**
 * The list's column menu (the button at the right of its header) names every column, those whose header is an icon
 * too (the read dot, notes, For you, upvotes, comments): their entries were blank, so a user could not tell what
 * they were showing or hiding. Their headers still show only the icon.
 */
class ColumnMenuWindowTest extends WindowTestBase {
    @Test
    void everyColumnIsNamedInTheMenuAndIconHeadersStayIcons(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.clickOn(robot.lookup(".show-hide-columns-button").<Node>query());
        waitUntil(() -> menu(robot) != null);
        List<String> names = menu(robot).getItems().stream().map(MenuItem::getText).toList();

        assertThat(names).containsExactly("Read", "Notes", "For you", "Title", "By", "Published", "Upvotes",
                "Comments", "Tags");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new java.util.ArrayList<>();
        for (Node n : robot.lookup(".column-header").queryAll()) {
            var column = ((TableColumnHeader) n).getTableColumn();
            if (column == null || !n.isVisible()) {
                continue; // the filler right of the last column
            }
            seen.add(column.getId());
            // Any text at all: a name too long for an icon's column showed as "..." or was clipped to nothing.
            boolean nameShown = n.lookupAll(".text").stream().anyMatch(t -> t instanceof Text text
                    && text.isVisible() && !text.getText().isEmpty());
            assertThat(nameShown).as("the %s header shows text", column.getText())
                    .isEqualTo(!column.getStyleClass().contains("ps-icon-header"));
        }
        assertThat(seen).as("the headers shown (empty columns step aside)").contains("read", "title", "comments");
    }

    private static ContextMenu menu(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }
}
