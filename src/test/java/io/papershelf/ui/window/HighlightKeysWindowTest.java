package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

/**
 * The keys of the title and the abstract in the real window: they select and highlight, and never change the text
 * shown (a letter, a digit or Backspace typed there is not an edit).
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
}
