package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.StyleClassedTextArea;

import io.papershelf.TestFiles;
import io.papershelf.cli.PapershelfCommand;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.model.PaperRow;
import io.papershelf.reliability.GeneratedListing;

/**
 * The command line beside an open window: an import lands while the window holds the library (and
 * its lock) and saves a note; View > Refresh (F5) then shows the new papers, and the note is intact.
 */
@ExtendWith(ApplicationExtension.class)
class CommandLineBesideWindowTest {
    @TempDir
    Path dir;
    private Library library;
    private LibraryLock lock;
    private TestWindow w;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("library.db");
        lock = LibraryLock.acquire(file);
        library = Library.open(file);
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        w = TestWindow.on(library, dir, u -> { }, null);
        w.show();
        window = w.window;
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
        lock.close();
    }

    private int cli(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--library",
                dir.resolve("library.db").toString()), java.util.Arrays.stream(args)).toArray(String[]::new);
        return PapershelfCommand.run(all, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                dir.resolve("data"), Clock.systemDefaultZone());
    }

    @Test
    void anImportFromTheCommandLineShowsAfterARefreshAndTheWindowsNoteIsKept(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PaperRow> table = robot.lookup("#paper-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 50);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });
        waitUntil(() -> !robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> notes.replaceText("Written in the window while the command line imports."));
        robot.interact(table::requestFocus); // saved on focus loss
        waitUntil(() -> "Saved".equals(robot.lookup("#save-status").queryAs(Label.class).getText()));

        Path more = GeneratedListing.write(dir.resolve("more.txt"), "terminal", 20);
        assertThat(cli("import", more.toString())).isZero();
        assertThat(cli("list")).isZero();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> table.getItems().size() == 70);
        assertThat(window.viewModel().sidebar().countsProperty().get().all()).isEqualTo(70);
        assertThat(notes.getText()).isEqualTo("Written in the window while the command line imports.");
    }
}
