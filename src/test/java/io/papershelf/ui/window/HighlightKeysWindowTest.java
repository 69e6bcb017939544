package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * Selecting in the title and the abstract in the real window: the keys select and highlight, and never change the text
 * shown (a letter, a digit or Backspace typed there is not an edit); a press of the mouse in the abstract leaves the
 * pane where it is, so that a drag selects the words under the pointer. The context menu's "Highlight as" items come
 * for a keyboard selection too (Shift+F10 or the context-menu key), and wait, disabled, for a selection.
 */
class HighlightKeysWindowTest extends WindowTestBase {
    private static final String PAPER = "InteractComp";

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void keysTypedInTheAbstractOrTitleLeaveTheirTextAsItIs(FxRobot robot) throws Exception {
        select(robot, PAPER);
        StyleClassedTextArea abs = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea title = robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class);
        String abstractText = abs.getText();
        String titleText = title.getText();

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(abs::isFocused);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.X, KeyCode.DIGIT7, KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.ENTER);
        robot.type(KeyCode.H); // no selection: answered in words, nothing typed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(abs.getText()).isEqualTo(abstractText);

        robot.interact(title::requestFocus);
        waitUntil(title::isFocused);
        robot.type(KeyCode.H, KeyCode.Q, KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo(titleText);
    }

    @Test
    void shiftAndTheArrowsStillSelectAndADigitHighlightsWithoutTypingIt(FxRobot robot) throws Exception {
        select(robot, PAPER);
        StyleClassedTextArea abs = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        String abstractText = abs.getText();
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(abs::isFocused);
        for (int i = 0; i < 8; i++) {
            press(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        }
        assertThat(abs.getSelectedText()).isEqualTo(abstractText.substring(0, 8));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup(".ps-highlight-color").tryQuery()
                .map(l -> ((Label) l).getText().equals("Method")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(abs.getText()).isEqualTo(abstractText);
    }

    @Test
    void aPressInTheAbstractLeavesThePaneWhereItIs(FxRobot robot) throws Exception {
        select(robot, PAPER);
        StyleClassedTextArea abs = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        ScrollPane pane = robot.lookup("#detail-scroll").queryAs(ScrollPane.class);
        waitUntil(() -> pane.getVvalue() == 0 && abs.getHeight() > 0);
        Bounds view = pane.localToScreen(pane.getLayoutBounds());
        Bounds text = abs.localToScreen(abs.getLayoutBounds());
        assertThat(text.getMinY() + pane.getViewportBounds().getHeight() / 2).as("the abstract starts low in the pane")
                .isGreaterThan(view.getMaxY());
        robot.moveTo(new Point2D(text.getMinX() + 40, Math.min(text.getMinY() + 12, view.getMaxY() - 12)));
        robot.press(MouseButton.PRIMARY);
        robot.release(MouseButton.PRIMARY);
        waitUntil(abs::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getVvalue()).isZero();
    }

    @Test
    void shiftF10OnAKeyboardSelectionOffersItsColoursAndHighlightsAsTheKeysDo(FxRobot robot) throws Exception {
        StyleClassedTextArea abs = abstractWithKeyboard(robot);
        for (int i = 0; i < 8; i++) {
            press(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        }
        press(robot, KeyCode.SHIFT, KeyCode.F10);
        waitUntil(() -> menu(robot) != null);
        assertThat(menu(robot).getItems()).extracting(MenuItem::getText).containsExactly("Copy",
                "Highlight as Important (1)", "Highlight as Question (2)", "Highlight as Method (3)",
                "Highlight as Result (4)");
        assertThat(menu(robot).getItems()).noneMatch(MenuItem::isDisable);
        MenuItem question = menu(robot).getItems().get(2);
        robot.interact(() -> {
            menu(robot).hide();
            question.fire();
        });
        waitUntil(() -> robot.lookup(".ps-highlight-color").tryQuery()
                .map(l -> ((Label) l).getText().equals("Question")).orElse(false));
        assertThat(window.viewModel().detail().highlights().lastColor()).as("H now means Question, as after 2").isEqualTo(1);
    }

    @Test
    void withoutASelectionTheMenuKeysColoursWaitDisabled(FxRobot robot) throws Exception {
        StyleClassedTextArea abs = abstractWithKeyboard(robot);
        robot.interact(abs::deselect);
        press(robot, KeyCode.CONTEXT_MENU);
        waitUntil(() -> menu(robot) != null);
        assertThat(menu(robot).getItems()).extracting(MenuItem::getText).contains("Highlight as Important (1)");
        assertThat(menu(robot).getItems()).allMatch(MenuItem::isDisable);
        robot.interact(() -> menu(robot).hide());
    }

    /** The paper in hand, its abstract with the keyboard (Ctrl+Shift+A). */
    private StyleClassedTextArea abstractWithKeyboard(FxRobot robot) throws Exception {
        select(robot, PAPER);
        StyleClassedTextArea abs = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(abs::isFocused);
        return abs;
    }

    /** The context menu showing, or null. */
    private static ContextMenu menu(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }
}
