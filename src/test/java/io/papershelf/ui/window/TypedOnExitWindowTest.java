package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Debouncer;

/**
 * Text typed just before the process is ended without the window being closed (SIGTERM) is saved by the exit hook
 * ({@link UnsavedOnExit}): the window's pauses never end here, so nothing but the hook saves what was typed while the
 * field keeps the focus; the hook is called as the JVM calls it, off the FX thread, with the window still open.
 */
@ExtendWith(ApplicationExtension.class)
class TypedOnExitWindowTest {
    private static final String PAPER = "InteractComp";
    /** Pauses that never end: only leaving the field, closing the window or the exit hook saves. */
    private static final Debouncer.Factory NEVER = (quiet, action) -> new Debouncer() {
        @Override
        public void poke() {
        }

        @Override
        public void cancel() {
        }
    };

    @TempDir
    Path dir;
    private TestWindow w;

    @BeforeEach
    void start() throws Exception {
        try (Library l = Library.open(dir.resolve("library.db"))) {
            l.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            l.addHighlight(paper(l).id(), Highlight.Field.ABSTRACT, 0, 30, 0);
        }
        w = TestWindow.on(Library.open(dir.resolve("library.db")), dir, null, null);
        w.debouncers = NEVER;
        w.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    private static Paper paper(Library l) throws Exception {
        return l.papers().stream().filter(p -> p.title().startsWith(PAPER)).findFirst().orElseThrow();
    }

    /** The paper as stored, read through a library of its own. */
    private Paper stored() throws Exception {
        try (Library reader = Library.open(dir.resolve("library.db"))) {
            return paper(reader);
        }
    }

    private void select(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PaperRow> t = robot.lookup("#paper-table").queryAs(TableView.class);
        waitUntil(() -> t.getItems().size() == 50);
        int row = 0;
        while (!t.getItems().get(row).title().startsWith(PAPER)) {
            row++;
        }
        int index = row;
        robot.interact(() -> {
            t.scrollTo(index);
            t.getSelectionModel().clearAndSelect(index);
            t.requestFocus();
        });
        waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().startsWith(PAPER));
    }

    @Test
    void aNoteTypedJustBeforeTheEndIsWrittenByTheExitHook(FxRobot robot) throws Exception {
        select(robot);
        robot.type(KeyCode.N);
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        waitUntil(notes::isFocused);
        robot.write("Read the ablation first.");
        waitUntil(() -> notes.getText().equals("Read the ablation first."));
        assertThat(stored().notes()).as("nothing saved it yet").isEmpty();

        w.window.unsavedOnExit().save();

        assertThat(stored().notes()).isEqualTo("Read the ablation first.");
        assertThat(w.vm().detail().unsaved().isEmpty()).isTrue();
    }

    @Test
    void aHighlightCommentTypedJustBeforeTheEndIsWrittenByTheExitHook(FxRobot robot) throws Exception {
        select(robot);
        TextField comment = robot.lookup(".ps-highlight-comment").queryAs(TextField.class);
        robot.interact(comment::requestFocus);
        waitUntil(comment::isFocused);
        robot.write("Is the benchmark public?");
        waitUntil(() -> comment.getText().equals("Is the benchmark public?"));
        assertThat(stored().highlights().get(0).comment()).as("nothing saved it yet").isEmpty();

        w.window.unsavedOnExit().save();

        assertThat(stored().highlights().get(0).comment()).isEqualTo("Is the benchmark public?");
    }

    @Test
    void theHookIsInstalledWhileTheWindowShowsAndRemovedWhenItClosesTheOrdinaryWay(FxRobot robot) throws Exception {
        Thread hook = w.window.unsavedOnExit().hook();
        assertThatThrownBy(() -> Runtime.getRuntime().addShutdownHook(hook))
                .as("installed").isInstanceOf(IllegalArgumentException.class);
        select(robot);
        robot.type(KeyCode.N);
        robot.write("Saved on closing.");
        waitUntil(() -> robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText().equals("Saved on closing."));

        w.reopen();

        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("removed on closing").isFalse();
        assertThat(stored().notes()).isEqualTo("Saved on closing.");
    }
}
