package io.papershelf.app;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import io.papershelf.TestFiles;
import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.ui.common.BackgroundTask;

/**
 * The application as started: a damaged library is offered its latest backup, a library open in
 * another window is refused with a clear sentence, and the day's backup is taken at start.
 */
class DesktopAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path lib;
    DesktopApp app;
    final AtomicInteger exits = new AtomicInteger();
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void library() throws Exception {
        FxToolkit.registerPrimaryStage();
        lib = dir.resolve("library.db");
        try (Library library = Library.open(lib)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.awaitBackup();
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp() throws Exception {
        startApp(Duration.ZERO);
    }

    private void startApp(Duration openingViewDelay) throws Exception {
        app = new DesktopApp(dir.resolve("data"), CLOCK, exits::incrementAndGet, lib, openingViewDelay);
        FxToolkit.setupApplication(() -> app);
    }

    /**
     * As the entry point starts it: the library's opening begun on a thread of its own before the app is made (which
     * {@link HeadStart} does while JavaFX starts), the app then taking it over.
     */
    private HeadStart startAppWithHeadStart() throws Exception {
        HeadStart begun = HeadStart.begin(new OpenWith(lib, List.of(), List.of()), dir.resolve("data"), CLOCK);
        app = new DesktopApp(dir.resolve("data"), CLOCK, exits::incrementAndGet, begun, Duration.ZERO);
        FxToolkit.setupApplication(() -> app);
        return begun;
    }

    /** The ids of the roots of the scenes the stage shows, in order. */
    private List<String> watchScenes() throws Exception {
        List<String> roots = new java.util.concurrent.CopyOnWriteArrayList<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> stage.sceneProperty().addListener((o, was, now) -> roots.add(
                now == null ? "none" : String.valueOf(now.getRoot().getId()))));
        return roots;
    }

    @Test
    void aLibraryThatOpensWithinAMomentGoesStraightToItsWindow() throws Exception {
        List<String> scenes = watchScenes();
        startApp(Duration.ofMinutes(1)); // the moment: longer than any library here takes to open
        waitUntil(() -> rowsShown() == 50);
        assertThat(scenes).as("the scenes the stage showed").isNotEmpty().doesNotContain("opening");
    }


    private void click(DialogPane pane, String label) {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @SuppressWarnings("unchecked")
    private int rowsShown() {
        return robot.lookup("#paper-table").tryQuery().map(n -> ((TableView<Object>) n).getItems().size()).orElse(-1);
    }

    private int papers() {
        try (Library library = Library.open(lib)) {
            return library.rows(io.papershelf.model.PaperFilter.ALL).size();
        } catch (Exception e) {
            return -1;
        }
    }

    /** What an opening said of its progress. */
    private static final class Said implements BackgroundTask.Progress {
        final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Double> fractions = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void update(double fraction) {
            fractions.add(fraction);
        }

        @Override
        public void message(String text) {
            messages.add(text);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    /** Held when taking it is refused as IN_USE; any other failure is not an answer and fails the test. */
    private static boolean lockHeld(Path lib) throws LibraryOpenException {
        try (LibraryLock l = LibraryLock.acquire(lib)) {
            return false;
        } catch (LibraryOpenException e) {
            if (e.problem() != LibraryOpenException.Problem.IN_USE) {
                throw e;
            }
            return true;
        }
    }

    @Test
    void startingHoldsTheLockAndTakesTheDaysBackupOnce() throws Exception {
        startApp();
        waitUntil(() -> rowsShown() == 50);
        app.awaitBackup();
        Backups backups = Backups.inDataFolder(dir.resolve("data"), CLOCK);
        assertThat(backups.of(lib)).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo("daily"));
        assertThat(lockHeld(lib)).isTrue();
        robot.interact(app::quit);
        // Quitting never waits on the FX thread: the library is put away behind the scenes, then the app ends.
        waitUntil(() -> exits.get() == 1);
        assertThat(lockHeld(lib)).isFalse();
        assertThat(exits).hasValue(1);
    }

    @Test
    void restoringABackupFromTheOpenWindowClosesItOpensTheBackupAndKeepsTheFileThatWasThere() throws Exception {
        startApp();
        waitUntil(() -> rowsShown() == 50);
        app.awaitBackup();
        Backups backups = Backups.inDataFolder(dir.resolve("data"), CLOCK);
        Path daily = backups.of(lib).get(0).file();
        robot.interact(() -> app.restoreBackup(daily));
        // Closed, restored and opened again on the library's thread (FxThreadIoGuard fails the test otherwise).
        waitUntil(() -> robot.lookup("#library-info").tryQuery().isPresent());
        assertThat(robot.lookup("#library-info").queryAs(DialogPane.class).getContentText())
                .startsWith("Restored library.db from " + daily.getFileName() + " (50 papers)")
                .contains("the previous file was kept as " + dir.resolve("library.db.before-restore-20260521-080000"));
        waitUntil(() -> rowsShown() == 50);
        assertThat(lockHeld(lib)).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void aDamagedLibraryIsOfferedItsLatestBackupAndKeptAside() throws Exception {
        Backups.inDataFolder(dir.resolve("data"), Clock.offset(CLOCK, Duration.ofDays(-1))).dailyIfDue(lib);
        byte[] whole = Files.readAllBytes(lib);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2 + 10);
        Files.write(lib, cut);

        startApp();
        waitUntil(() -> robot.lookup("#library-problem").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#library-problem").queryAs(DialogPane.class);
        assertThat(problem.getHeaderText()).isEqualTo("The library is damaged");
        assertThat(problem.getContentText()).startsWith("The library " + lib + " is damaged and cannot be opened (")
                .contains("The latest automatic backup was taken 20 May 2026, 08:00.");
        assertThat(problem.getButtonTypes()).extracting(ButtonType::getText).containsExactly(
                "Restore the latest backup", "Open another library…", "Create a new library…", "Quit");
        click(problem, "Restore the latest backup");

        waitUntil(() -> rowsShown() == 50);
        waitUntil(() -> robot.lookup("#library-info").tryQuery().isPresent());
        assertThat(robot.lookup("#library-info").queryAs(DialogPane.class).getContentText())
                .contains("(50 papers); the previous file was kept as " + dir.resolve("library.db.damaged-20260521-080000"));
        assertThat(Files.readAllBytes(dir.resolve("library.db.damaged-20260521-080000"))).isEqualTo(cut);
        assertThat(exits).hasValue(0);
    }

    @Test
    void aLibraryOpenInAnotherWindowIsRefusedClearly() throws Exception {
        try (LibraryLock other = LibraryLock.acquire(lib)) {
            startApp();
            waitUntil(() -> robot.lookup("#library-problem").tryQuery().isPresent());
            DialogPane problem = robot.lookup("#library-problem").queryAs(DialogPane.class);
            assertThat(problem.getHeaderText()).isEqualTo("This library is already open in another Papershelf window");
            assertThat(problem.getContentText()).isEqualTo("This library is already open in another Papershelf window ("
                    + lib + "); switch to that window, or open another library.");
            assertThat(problem.getButtonTypes()).extracting(ButtonType::getText)
                    .containsExactly("Open another library…", "Create a new library…", "Quit");
            click(problem, "Quit");
            waitUntil(() -> exits.get() == 1);
            assertThat(rowsShown()).isEqualTo(-1);
        }
    }

    @Test
    void aLibraryOfAnOlderFormatIsUpdatedOffTheWindowsThreadAndShown() throws Exception {
        lib = TestFiles.schema4Library(Files.createDirectories(dir.resolve("old")));
        startApp();
        // The fixture's 17 papers, one of them in the Trash. Had the update run on the FX thread, FxThreadIoGuard
        // would fail this test.
        waitUntil(() -> rowsShown() == 16);
        Backups backups = Backups.inDataFolder(dir.resolve("data"), CLOCK);
        assertThat(backups.of(lib)).extracting(Backups.Backup::kind).contains("before-v4");
        robot.interact(app::quit);
        waitUntil(() -> exits.get() == 1);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib);
             var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).as("schema after the update").isEqualTo(5);
        }
    }

    @Test
    void theOpeningSaysItUpdatesTheFormatFromZeroToOne() throws Exception {
        Path old = TestFiles.schema4Library(Files.createDirectories(dir.resolve("old")));
        Said progress = new Said();
        List<String> said = progress.messages;
        List<Double> fractions = progress.fractions;
        FilesToOpen files = new FilesToOpen(List.of());
        LibraryOpening opening = new LibraryOpening(Backups.inDataFolder(dir.resolve("data"), CLOCK), CLOCK, files);
        LibraryOpening.Opened opened = opening.open(old, null, null, progress);
        try {
            assertThat(said).isNotEmpty().containsOnly(LibraryOpening.UPDATING);
            assertThat(fractions).startsWith(0.0).endsWith(1.0).isSorted();
            assertThat(lockHeld(old)).isTrue();
        } finally {
            files.stopListening();
            opened.library().close();
            opened.lock().close();
        }
        // Opened again: nothing to update, nothing said.
        said.clear();
        opened = opening.open(old, null, null, progress);
        files.stopListening();
        opened.library().close();
        opened.lock().close();
        assertThat(said).isEmpty();
    }

    @Test
    void aLibraryBegunBeforeJavaFxStartedIsShownAndTakesHandedFiles() throws Exception {
        startAppWithHeadStart();
        waitUntil(() -> rowsShown() == 50);
        // The head start holds the lock: had the window opened the file again, it would have been refused as in use.
        assertThat(robot.lookup("#library-problem").tryQuery()).isEmpty();
        assertThat(lockHeld(lib)).isTrue();
        // Other processes hand their files to this window once it can take them.
        Path other = TestFiles.copy(TestFiles.WITH_LINKS, dir);
        assertThat(Handoff.send(lib, List.of(other))).isTrue();
        waitUntil(() -> papers() > 50);
        robot.interact(app::quit);
        waitUntil(() -> exits.get() == 1);
        assertThat(lockHeld(lib)).isFalse();
    }

    @Test
    void aDamagedLibraryBegunBeforeJavaFxStartedIsOfferedItsLatestBackup() throws Exception {
        Backups.inDataFolder(dir.resolve("data"), Clock.offset(CLOCK, Duration.ofDays(-1))).dailyIfDue(lib);
        byte[] whole = Files.readAllBytes(lib);
        Files.write(lib, Arrays.copyOf(whole, whole.length / 2 + 10));

        startAppWithHeadStart();
        waitUntil(() -> robot.lookup("#library-problem").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#library-problem").queryAs(DialogPane.class);
        assertThat(problem.getHeaderText()).isEqualTo("The library is damaged");
        click(problem, "Restore the latest backup");
        waitUntil(() -> rowsShown() == 50);
        assertThat(exits).hasValue(0);
    }

    @Test
    void aLibraryBegunBeforeJavaFxButOpenElsewhereIsRefusedClearly() throws Exception {
        try (LibraryLock other = LibraryLock.acquire(lib)) {
            startAppWithHeadStart();
            waitUntil(() -> robot.lookup("#library-problem").tryQuery().isPresent());
            assertThat(robot.lookup("#library-problem").queryAs(DialogPane.class).getHeaderText())
                    .isEqualTo("This library is already open in another Papershelf window");
        }
    }

    @Test
    void theHeadStartTellsTheWindowHowFarTheUpdateHasGone() throws Exception {
        Path old = TestFiles.schema4Library(Files.createDirectories(dir.resolve("old")));
        HeadStart begun = HeadStart.begin(new OpenWith(old, List.of(), List.of()), dir.resolve("data"), CLOCK);
        Said progress = new Said();
        List<String> said = progress.messages;
        List<Double> fractions = progress.fractions;
        LibraryOpening.Opened opened = begun.join(progress);
        try {
            // Whenever the window's task came to listen, it heard where the update stood and all that followed.
            assertThat(said).isNotEmpty().containsOnly(LibraryOpening.UPDATING);
            assertThat(fractions).endsWith(1.0).isSorted();
            assertThat(lockHeld(old)).isTrue();
            assertThat(Handoff.send(old, List.of())).as("listening for handed files").isTrue();
        } finally {
            begun.files().stopListening();
            opened.library().close();
            opened.lock().close();
        }
    }
}
