package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The list's menu opens from the keyboard on Linux too (the context-menu key, Shift+F10), under the selected
 * paper, and its items act on it: Linux sends no context-menu request for those keys.
 */
class ListMenuKeyWindowTest extends WindowTestBase {
    private static ContextMenu showingMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    private boolean isRead(long id) {
        try {
            return library.paper(id).orElseThrow().read();
        } catch (io.papershelf.library.LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theContextMenuKeyAndShiftF10OpenTheSelectedPapersMenuUnderIt(FxRobot robot) throws Exception {
        select(robot, "InteractComp");
        robot.interact(() -> table(robot).requestFocus());
        long id = id("InteractComp");
        assertThat(library.paper(id).orElseThrow().read()).isFalse();

        robot.type(KeyCode.CONTEXT_MENU);
        waitUntil(() -> showingMenu() != null);
        assertThat(showingMenu().getItems()).extracting(i -> i.getId()).contains("context-toggle-read", "context-copy");
        assertThat(showingMenu().getY()).as("under the selected row").isGreaterThan(table(robot).localToScreen(0, 0).getY() + 40);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showingMenu() == null);

        robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> showingMenu() != null);
        // Monocle gives the popup no keyboard: its item is fired as Enter on it would (tried by keyboard under Xvfb).
        robot.interact(() -> showingMenu().getItems().stream().filter(i -> "context-toggle-read".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> isRead(id));
        robot.interact(() -> showingMenu().hide());
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).startsWith("InteractComp");
    }
}
