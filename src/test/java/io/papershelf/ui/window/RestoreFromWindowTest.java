package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import io.papershelf.TestFiles;
import io.papershelf.library.Backups;
import io.papershelf.library.Library;

/** File > Restore from backup… lists the backups with date and papers and hands the chosen one to the application. */
@ExtendWith(ApplicationExtension.class)
class RestoreFromWindowTest {
    @TempDir
    Path dir;
    private final List<Path> restored = new CopyOnWriteArrayList<>();
    private Backups backups;
    private TestWindow w;

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("library.db");
        Library library = Library.open(file, Clock.fixed(Instant.parse("2026-05-21T08:00:00Z"), ZoneOffset.UTC));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        backups = Backups.inDataFolder(dir.resolve("data"), Clock.fixed(Instant.parse("2026-05-20T10:00:00Z"), ZoneOffset.UTC));
        backups.dailyIfDue(file);
        Backups nextDay = Backups.inDataFolder(dir.resolve("data"), Clock.fixed(Instant.parse("2026-05-21T07:30:00Z"), ZoneOffset.UTC));
        nextDay.dailyIfDue(file);
        w = TestWindow.on(library, dir, url -> { }, new MainWindow.AppActions() {
            @Override
            public void openLibrary(Path f) {
            }

            @Override
            public void quit() {
            }

            @Override
            public List<Backups.Summary> backups(Path f) {
                return backups.summaries(f);
            }

            @Override
            public void restoreBackup(Path backup) {
                restored.add(backup);
            }
        });
        w.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    @Test
    void theChosenBackupIsHandedOverAfterAConfirmation(FxRobot robot) throws Exception {
        MenuItem item = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-restore-backup".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Restore from backup…");
        robot.interact(item::fire);
        waitUntil(() -> robot.lookup("#backup-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Backups.Summary> list = robot.lookup("#backup-list").queryAs(ListView.class);
        RestoreBackupDialog lines = new RestoreBackupDialog(null, ZoneOffset.UTC);
        assertThat(list.getItems()).extracting(lines::line).containsExactly(
                "21 May 2026, 07:30 (daily)  —  50 papers", "20 May 2026, 10:00 (daily)  —  50 papers");
        robot.interact(() -> list.getSelectionModel().select(1));
        DialogPane pane = robot.lookup("#restore-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(0)));
        waitUntil(() -> robot.lookup("#restore-confirm").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#restore-confirm").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Restore the backup from 20 May 2026, 10:00 (daily)?");
        assertThat(confirm.getContentText()).contains("kept beside it, renamed library.db.before-restore-");
        robot.clickOn((Button) confirm.lookupButton(confirm.getButtonTypes().get(0)));
        waitUntil(() -> !restored.isEmpty());
        assertThat(restored).containsExactly(backups.of(dir.resolve("library.db")).get(1).file());
    }
}
