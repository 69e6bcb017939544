package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.FxDebouncer;
import io.papershelf.ui.common.LinkOpener;

/**
 * The real window, headless, on a library holding the daily sample (imported before the window opens), with
 * links and folders handed to {@link #opener}, which a test may make fail.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    @TempDir
    Path dir;
    final List<String> opened = new CopyOnWriteArrayList<>();
    /** What the desktop does with an address; records it unless a test replaces it before the window opens. */
    LinkOpener opener = opened::add;
    Stage stage;
    Library library;
    MainWindow window;
    private TestWindow w;

    /** ApplicationExtension calls only the test class's own @Start methods, so the base opens the window here. */
    @BeforeEach
    void start() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        prepare(library);
        w = TestWindow.on(library, dir, url -> opener.open(url), null);
        w.debouncers = debouncers();
        w.show();
        follow();
    }

    /** How the window's pauses (the note's autosave...) are made: real ones unless a test replaces them. */
    Debouncer.Factory debouncers() {
        return FxDebouncer::new;
    }

    private void follow() {
        stage = w.stage();
        library = w.library;
        window = w.window;
    }

    /** A test's own papers, tags or read states, before the window opens. */
    void prepare(Library library) throws Exception {
    }

    /** Closes the window and opens a new one on the same file (what a restart shows). */
    void reopen(FxRobot robot) throws Exception {
        w.reopen();
        follow();
    }

    /** What quitting does: the window saves what was typed and its layout, the library is closed. */
    @AfterEach
    void tearDown() throws Exception {
        if (w != null) {
            w.close();
        }
    }

    @SuppressWarnings("unchecked")
    TableView<PaperRow> table(FxRobot robot) {
        return robot.lookup("#paper-table").queryAs(TableView.class);
    }

    long id(String titleStart) throws Exception {
        return library.rows(io.papershelf.model.PaperFilter.ALL).stream()
                .filter(r -> r.title().startsWith(titleStart)).findFirst().orElseThrow().id();
    }

    void select(FxRobot robot, String titleStart) throws Exception {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.title().startsWith(titleStart)));
        TableView<PaperRow> t = table(robot);
        int row = 0;
        while (!t.getItems().get(row).title().startsWith(titleStart)) {
            row++;
        }
        int index = row;
        robot.interact(() -> {
            t.scrollTo(index);
            t.getSelectionModel().clearAndSelect(index);
            t.requestFocus();
        });
        waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().startsWith(titleStart));
    }

    /** The sidebar's cell showing this label. */
    ListCell<?> sidebarCell(FxRobot robot, String label) {
        return robot.lookup("#sidebar .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof io.papershelf.ui.sidebar.SidebarItem i && i.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no sidebar cell " + label));
    }

    /** A right click on a node as the platform reports it (Monocle's robot raises no context-menu request). */
    void rightClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Bounds s = node.localToScene(node.getBoundsInLocal());
            double x = b.getWidth() / 2;
            double y = b.getHeight() / 2;
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, s.getMinX() + x,
                    s.getMinY() + y, b.getMinX() + x, b.getMinY() + y, false,
                    new PickResult(node, s.getMinX() + x, s.getMinY() + y)));
        });
    }

    static void assertShown(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(query).query().isVisible()).isTrue();
    }
}
