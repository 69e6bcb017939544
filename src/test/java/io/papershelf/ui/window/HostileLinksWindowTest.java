package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.library.LinkPolicy;
import io.papershelf.model.PaperRow;
import io.papershelf.reliability.HostileLinks;

/**
 * Hostile links reach the window two ways: through an imported file (cleaned on import) and through a library file
 * edited behind Papershelf's back. Either way no GitHub button is shown for them, the GitHub keys open nothing, and
 * whatever is clicked (every link shown in the Links section, every link styled in the abstract) nothing but an http
 * or https address reaches the browser, exactly as shown. The edited papers make sure that clicks happen: one keeps
 * every hostile link as a repository too, one as a plain link written into its abstract.
 */
@ExtendWith(ApplicationExtension.class)
class HostileLinksWindowTest {
    private static final String AS_REPOSITORIES = "LowFER";
    private static final String IN_THE_ABSTRACT = "InteractComp";
    /** What may be opened of them: web addresses, each as what it is. */
    private static final Set<String> OPENABLE = Set.copyOf(HostileLinks.LOOK_ALIKES.stream()
            .filter(LinkPolicy::mayOpen).toList());

    @TempDir
    Path dir;
    private TestWindow w;

    @BeforeEach
    void start() throws Exception {
        Library library = Library.open(dir.resolve("library.db"));
        library.importFile(HostileLinks.backup(dir.resolve("hostile.json")), null);
        library.importFile(TestFiles.copy(TestFiles.DAILY, dir), null);
        tamperWithTheFile(dir.resolve("library.db"));
        w = TestWindow.on(library, dir, null, null);
        w.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    /**
     * Puts every hostile link straight into one paper's stored links, repositories and project page, and into another
     * paper's links and abstract (no repositories: the Links section shows them all).
     */
    private static void tamperWithTheFile(Path file) throws Exception {
        String all = new ObjectMapper().writeValueAsString(HostileLinks.all());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var repos = c.prepareStatement("UPDATE papers SET links = ?, github_urls = ?, has_code = 1, "
                     + "project_page = 'javascript:alert(2)' WHERE title LIKE '" + AS_REPOSITORIES + "%'");
             var text = c.prepareStatement("UPDATE papers SET links = ?, github_urls = '[]', abstract = ? "
                     + "WHERE title LIKE '" + IN_THE_ABSTRACT + "%'")) {
            repos.setString(1, all);
            repos.setString(2, all);
            assertThat(repos.executeUpdate()).isEqualTo(1);
            text.setString(1, all);
            text.setString(2, "Code: " + String.join(" and ", HostileLinks.all()) + ".");
            assertThat(text.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void noHostileLinkIsLabelledAsGitHubOrOpened(FxRobot robot) throws Exception {
        TableView<PaperRow> table = TestWindow.table(robot);
        waitUntil(() -> table.getItems().size() == 51);
        for (String title : List.of("A paper with hostile links", AS_REPOSITORIES, IN_THE_ABSTRACT)) {
            int row = indexOf(table, title);
            robot.interact(() -> {
                table.getSelectionModel().clearAndSelect(row);
                table.requestFocus();
            });
            waitUntil(() -> TestWindow.detailTitle(robot).startsWith(title));

            List<Button> repoButtons = robot.lookup("#detail .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getUserData() != null).toList();
            assertThat(repoButtons).as(title + ": GitHub buttons").isEmpty();
            assertThat(robot.lookup("#detail .button").queryAllAs(Button.class)).as(title)
                    .noneMatch(b -> "Project page".equals(b.getText()));

            // The GitHub keys, from the list: nothing to open.
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(w.opened).as(title + ": opened by the GitHub keys").isEmpty();

            // Every link of the Links section is clicked: only web addresses reach the browser, each exactly as shown.
            List<Hyperlink> shown = robot.lookup("#detail .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
            robot.interact(() -> shown.forEach(Hyperlink::fire));
            assertOnlyWebAddressesOpened(title + ", Links section");
            assertThat(shown).extracting(Hyperlink::getText).doesNotContainAnyElementsOf(HostileLinks.NOT_WEB);
            if (title.equals(IN_THE_ABSTRACT)) {
                assertThat(shown).extracting(Hyperlink::getText).as("links shown").containsExactlyInAnyOrderElementsOf(OPENABLE);
                assertThat(Set.copyOf(w.opened)).as("every web address shown, opened once clicked").isEqualTo(OPENABLE);
            }
            w.opened.clear();

            // Every link styled in the abstract is clicked where it is shown.
            int clicked = clickEveryLink(robot, robot.lookup("#abstract").queryAs(StyleClassedTextArea.class));
            assertOnlyWebAddressesOpened(title + ", abstract");
            if (title.equals(IN_THE_ABSTRACT)) {
                assertThat(clicked).as("links styled in the abstract").isGreaterThanOrEqualTo(HostileLinks.all().size());
                assertThat(Set.copyOf(w.opened)).as("the web addresses, opened from the abstract").isEqualTo(OPENABLE);
            }
            w.opened.clear();
        }

        // And the one gate every click goes through refuses every other scheme outright.
        robot.interact(() -> HostileLinks.NOT_WEB.forEach(w.window::openLink));
        assertThat(w.opened).isEmpty();
    }

    private void assertOnlyWebAddressesOpened(String where) {
        assertThat(w.opened).as(where).allSatisfy(u -> assertThat(LinkPolicy.mayOpen(u)).as(u).isTrue())
                .doesNotContainAnyElementsOf(HostileLinks.NOT_WEB)
                .isSubsetOf(HostileLinks.LOOK_ALIKES);
    }

    /**
     * Clicks (press and release, still) the middle of every run of characters styled as a link, as the mouse does;
     * returns how many.
     */
    private static int clickEveryLink(FxRobot robot, StyleClassedTextArea area) {
        List<Integer> middles = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : area.getStyleSpans(0, area.getLength())) {
            if (span.getStyle().contains("link")) {
                middles.add(at + span.getLength() / 2);
            }
            at += span.getLength();
        }
        for (int i : middles) {
            robot.interact(() -> {
                Bounds b = area.getCharacterBoundsOnScreen(i, i + 1).orElseThrow(() ->
                        new AssertionError("character " + i + " of the abstract is not laid out"));
                Point2D screen = new Point2D(b.getCenterX(), b.getCenterY());
                Point2D scene = area.localToScene(area.screenToLocal(screen));
                for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                    area.fireEvent(new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                            MouseButton.PRIMARY, 1, false, false, false, false, type == MouseEvent.MOUSE_PRESSED,
                            false, false, false, false, true, null));
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        return middles.size();
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
