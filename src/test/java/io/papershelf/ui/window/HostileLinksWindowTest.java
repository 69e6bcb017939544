package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.library.Library;
import io.papershelf.library.LinkPolicy;
import io.papershelf.library.Preferences;
import io.papershelf.model.PaperRow;
import io.papershelf.reliability.HostileLinks;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;

/**
 * Hostile links reach the window two ways: through an imported file (cleaned on import) and through a
 * library file edited behind Papershelf's back. Either way no GitHub button is shown for them, the
 * GitHub keys open nothing, and nothing but an http or https address is ever handed to the browser.
 */
@ExtendWith(ApplicationExtension.class)
class HostileLinksWindowTest {
    @TempDir
    Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Library library;
    private MainWindow window;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFile(HostileLinks.backup(dir.resolve("hostile.json")), null);
        library.importFile(io.papershelf.TestFiles.copy(io.papershelf.TestFiles.DAILY, dir), null);
        tamperWithTheFile(dir.resolve("library.db"));
        executor = new FxBackgroundExecutor();
        window = new MainWindow(stage, new MainWindow.Services(library, executor, FxDebouncer::new, opened::add,
                new Preferences(dir.resolve("settings")), "test", new MainWindow.AppActions() {
                    @Override
                    public void openLibrary(Path file) {
                    }

                    @Override
                    public void quit() {
                    }
                }));
        window.show();
    }

    /** Puts every hostile link straight into a paper's stored links, repositories and project page. */
    private static void tamperWithTheFile(Path file) throws Exception {
        String all = new ObjectMapper().writeValueAsString(HostileLinks.all());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("UPDATE papers SET links = ?, github_urls = ?, has_code = 1, "
                     + "project_page = 'javascript:alert(2)' WHERE title LIKE 'LowFER%'")) {
            ps.setString(1, all);
            ps.setString(2, all);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @AfterEach
    void tearDown() {
        Platform.runLater(() -> {
            window.saveAndClose();
            executor.shutdown();
            library.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }


    @Test
    void noHostileLinkIsLabelledAsGitHubOrOpened(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PaperRow> table = robot.lookup("#paper-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 51);
        for (String title : List.of("A paper with hostile links", "LowFER")) {
            int row = indexOf(table, title);
            robot.interact(() -> {
                table.getSelectionModel().clearAndSelect(row);
                table.requestFocus();
            });
            waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().startsWith(title));

            List<Button> repoButtons = robot.lookup("#detail .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getUserData() != null).toList();
            assertThat(repoButtons).as(title + ": GitHub buttons").isEmpty();
            assertThat(robot.lookup("#detail .button").queryAllAs(Button.class)).as(title)
                    .noneMatch(b -> "Project page".equals(b.getText()));

            // The GitHub keys, from the list: nothing to open.
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(opened).as(title + ": opened by the GitHub keys").isEmpty();

            // Every link shown is clicked: only web addresses reach the browser, each exactly as shown.
            List<Hyperlink> shown = robot.lookup("#detail .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
            robot.interact(() -> shown.forEach(Hyperlink::fire));
            assertThat(opened).as(title).allSatisfy(u -> assertThat(LinkPolicy.mayOpen(u)).as(u).isTrue())
                    .doesNotContainAnyElementsOf(HostileLinks.NOT_WEB)
                    .isSubsetOf(HostileLinks.LOOK_ALIKES);
            assertThat(shown).extracting(Hyperlink::getText).doesNotContainAnyElementsOf(HostileLinks.NOT_WEB);
            opened.clear();
        }

        // And the one gate every click goes through refuses every other scheme outright.
        robot.interact(() -> HostileLinks.NOT_WEB.forEach(window::openLink));
        assertThat(opened).isEmpty();
    }

    private static int indexOf(TableView<PaperRow> table, String titleStart) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).title().startsWith(titleStart)) {
                return i;
            }
        }
        throw new AssertionError("no row " + titleStart);
    }
}
