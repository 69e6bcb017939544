package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import io.papershelf.library.Library;
import io.papershelf.model.Paper;

/**
 * The tag field's completions never outlive the field: typing part of a tag and leaving at once with Escape (before
 * the completions, which come after a pause, are ready) leaves no popup behind, so the Enter of the note typed next
 * is a new line in the note and not a tag added to the paper in hand.
 */
class TagCompletionWindowTest extends WindowTestBase {
    private static final String TAGGED = "InteractComp";
    private static final String PAPER = "GAPS";

    @Override
    void prepare(Library library) throws Exception {
        library.addTag(List.of(id(TAGGED)), "benchmark");
    }

    @Test
    void completionsAskedForJustBeforeEscapeNeverShowOverTheList(FxRobot robot) throws Exception {
        select(robot, PAPER);
        robot.type(KeyCode.T);
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        robot.write("bench");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        // The completions come a quarter second after the last key: wait past that.
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownPopups()).as("a completion popup left over the list").isEmpty();

        robot.type(KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("first");
        robot.type(KeyCode.ENTER);
        robot.write("second");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        long id = id(PAPER);
        waitUntil(() -> "first\nsecond".equals(notes(id)));
        assertThat(library.paper(id).orElseThrow().tags()).isEmpty();
    }

    private String notes(long id) {
        try {
            return library.paper(id).map(Paper::notes).orElse("");
        } catch (io.papershelf.library.LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Window> shownPopups() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()).toList();
    }
}
