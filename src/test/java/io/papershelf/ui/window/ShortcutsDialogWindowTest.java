package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

/**
 * F1 lists the keys the README's triage tables promise, each once, in a dialog that fits a 1280x800 screen with its
 * title bar: the way to the sidebar (Shift+Tab) and to a paper's menu (the context-menu key, Shift+F10) too.
 */
class ShortcutsDialogWindowTest extends WindowTestBase {

    @Test
    void f1ListsTheSidebarAndMenuKeysOnceAndFitsTheScreen(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        List<String> keys = robot.from(pane).lookup(".ps-key").queryAllAs(Label.class).stream().map(Label::getText).toList();
        try {
            assertThat(keys).contains("Shift+Tab").anyMatch(k -> k.contains("Shift+F10"));
            assertThat(keys).filteredOn(k -> k.startsWith("Alt+1")).hasSize(1);
            // 800 pixels less a title bar
            assertThat(pane.getScene().getWindow().getHeight()).as("the dialog's height").isLessThanOrEqualTo(760);
            assertThat(pane.getScene().getWindow().getWidth()).as("the dialog's width").isLessThanOrEqualTo(1280);
        } finally {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }
}
