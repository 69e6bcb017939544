package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import org.fxmisc.richtext.StyleClassedTextArea;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.reliability.GeneratedListing;
import io.papershelf.reliability.TinyDisk;

/**
 * The window on a disk that fills up: a note that cannot be written says so and stays in the editor,
 * an import says why it was refused, and once there is room again the note is saved. A real 3 MB disk
 * (Linux, root); elsewhere the view-model test with a closed library shows the same behaviour.
 */
class FullDiskWindowTest {
    @TempDir
    Path dir;
    TinyDisk disk;
    TestWindow w;
    MainWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        disk = TinyDisk.mountOrSkip(dir.resolve("disk"), 3, getClass().getSimpleName());
        Library library = Library.open(disk.path().resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        w = TestWindow.on(library, dir, u -> { }, null);
        w.show();
        window = w.window;
    }

    @AfterEach
    void close() throws Exception {
        if (disk == null) {
            return;
        }
        disk.free();
        w.close();
        FxToolkit.cleanupStages();
        disk.close();
    }

    @Test
    void aNoteThatCannotBeWrittenStaysInTheEditorAndIsSavedOnceThereIsRoom() throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PaperRow> table = robot.lookup("#paper-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 50);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> !robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        long id = table.getItems().get(0).id();
        disk.fill();

        String typed = "Typed while the disk was full. " + "Every word of it matters. ".repeat(4000);
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> {
            notes.requestFocus();
            notes.replaceText(typed);
        });
        robot.interact(() -> table.requestFocus()); // focus leaves the editor: save now
        Label status = robot.lookup("#save-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Not saved: "));
        assertThat(status.getText()).contains("Could not save the note in the library ", "full")
                .endsWith("Your text is kept here; it will be tried again.");
        assertThat(notes.getText()).isEqualTo(typed);

        // Closing now: the note cannot land, so the window says so and stays open with the text.
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> window.close(layout -> closed.set(true)));
        waitUntil(() -> robot.lookup("#not-saved-on-close").tryQuery().isPresent());
        javafx.scene.control.DialogPane notSaved = robot.lookup("#not-saved-on-close")
                .queryAs(javafx.scene.control.DialogPane.class);
        assertThat(notSaved.getContentText()).contains("Could not save the note in the library ", "full")
                .contains("The window stays open with your text.");
        assertThat(closed).isFalse();
        assertThat(window.viewModel().detail().notes().hasUnsavedText()).isTrue();
        assertThat(notes.getText()).isEqualTo(typed);
        robot.interact(() -> notSaved.getScene().getWindow().hide());

        // An import on the full disk is refused in one sentence.
        Path big = GeneratedListing.write(dir.resolve("big.txt"), "full", 2000);
        robot.interact(() -> window.importFiles(List.of(big.toFile())));
        waitUntil(() -> robot.lookup("#import-refused").tryQuery().isPresent());
        javafx.scene.control.DialogPane summary = robot.lookup("#import-refused").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(summary.getContentText()).startsWith("Refused ").contains("Could not import in the library ");
        robot.interact(() -> summary.getScene().getWindow().hide());

        // Room again: moving to another paper retries, and the note lands whole.
        disk.free();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        waitUntil(() -> typed.equals(storedNote(id)));
    }

    /** The note as stored, read through a connection of its own (the window's library belongs to its thread). */
    private String storedNote(long id) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + disk.path().resolve("library.db"));
             var ps = c.prepareStatement("SELECT notes FROM papers WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            return null;
        }
    }
}
