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
 * The line above the list says why the order is not yet the For you order, whole, in a narrow list too: a keyboard
 * user has no tooltip to read the end of it ("ordered by upvotes, then date" or how many papers are missing).
 */
class RankingLineWindowTest extends WindowTestBase {

    @Override
    void prepare(Library library) throws Exception {
        library.addTag(List.of(id("InteractComp")), "agents");
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
        return ((Text) line(robot).lookup(".text")).getText().replace("\n", " ");
    }
}
