package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import io.papershelf.library.Library;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.Debouncer;

/**
 * Text typed just before the process is ended without the window being closed (SIGTERM) is saved by the exit hook
 * ({@link UnsavedOnExit}): the window's pauses never end here, so nothing but the hook saves what was typed while the
 * field keeps the focus; the hook is called as the JVM calls it, off the FX thread, with the window still open.
 */
class TypedOnExitWindowTest extends WindowTestBase {
    private static final String PAPER = "InteractComp";

    /** Pauses that never end: only leaving the field, closing the window or the exit hook saves. */
    @Override
    Debouncer.Factory debouncers() {
        return (quiet, action) -> new Debouncer() {
            @Override
            public void poke() {
            }

            @Override
            public void cancel() {
            }
        };
    }

    @Override
    void prepare(Library library) throws Exception {
        library.addHighlight(id(PAPER), Highlight.Field.ABSTRACT, 0, 30, 0);
    }

    /** The paper as stored, read through a library of its own. */
    private Paper stored() throws Exception {
        try (Library reader = Library.open(dir.resolve("library.db"))) {
            return reader.paper(id(PAPER)).orElseThrow();
        }
    }

    @Test
    void aNoteTypedJustBeforeTheEndIsWrittenByTheExitHook(FxRobot robot) throws Exception {
        select(robot, PAPER);
        robot.type(KeyCode.N);
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        waitUntil(notes::isFocused);
        robot.write("Read the ablation first.");
        waitUntil(() -> notes.getText().equals("Read the ablation first."));
        assertThat(stored().notes()).as("nothing saved it yet").isEmpty();

        window.unsavedOnExit().save();

        assertThat(stored().notes()).isEqualTo("Read the ablation first.");
        assertThat(window.viewModel().detail().unsaved().isEmpty()).isTrue();
    }

    @Test
    void aHighlightCommentTypedJustBeforeTheEndIsWrittenByTheExitHook(FxRobot robot) throws Exception {
        select(robot, PAPER);
        TextField comment = robot.lookup(".ps-highlight-comment").queryAs(TextField.class);
        robot.interact(comment::requestFocus);
        waitUntil(comment::isFocused);
        robot.write("Is the benchmark public?");
        waitUntil(() -> comment.getText().equals("Is the benchmark public?"));
        assertThat(stored().highlights().get(0).comment()).as("nothing saved it yet").isEmpty();

        window.unsavedOnExit().save();

        assertThat(stored().highlights().get(0).comment()).isEqualTo("Is the benchmark public?");
    }

    @Test
    void theHookIsInstalledWhileTheWindowShowsAndRemovedWhenItClosesTheOrdinaryWay(FxRobot robot) throws Exception {
        Thread hook = window.unsavedOnExit().hook();
        assertThatThrownBy(() -> Runtime.getRuntime().addShutdownHook(hook))
                .as("installed").isInstanceOf(IllegalArgumentException.class);
        select(robot, PAPER);
        robot.type(KeyCode.N);
        robot.write("Saved on closing.");
        waitUntil(() -> robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText().equals("Saved on closing."));

        reopen(robot);

        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("removed on closing").isFalse();
        assertThat(stored().notes()).isEqualTo("Saved on closing.");
    }
}
