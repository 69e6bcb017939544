package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static io.papershelf.ui.window.TestWindow.detailTitle;
import static io.papershelf.ui.window.TestWindow.selected;
import static io.papershelf.ui.window.TestWindow.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.sidebar.SidebarItem;

/**
 * Where the keyboard goes: done-and-next with undo, Delete and next, back to the list from every field, views chosen
 * afresh.
 */
@ExtendWith(ApplicationExtension.class)
class ListFlowWindowTest {
    @TempDir
    Path dir;
    private TestWindow w;

    @BeforeEach
    void start() throws Exception {
        w = TestWindow.open(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    private void importSample(FxRobot robot) throws Exception {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        robot.interact(() -> w.window.importFiles(List.of(sample.toFile())));
        waitUntil(() -> table(robot).getItems().size() == 50 && table(robot).isFocused() && selected(robot) != null);
    }

    private void key(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
    }

    private int unread() {
        return w.vm().sidebar().countsProperty().get().unread();
    }

    @Test
    void doneInTheUnreadViewSelectsThePaperThatTookItsPlaceAndUndoBringsBackStateAndSelection(FxRobot robot)
            throws Exception {
        importSample(robot);
        robot.interact(() -> w.vm().sidebar().selectView(SidebarItem.View.UNREAD));
        waitUntil(() -> w.vm().list().filterProperty().get().readState() == io.papershelf.model.ReadState.UNREAD
                && table(robot).getItems().size() == 50 && table(robot).getSelectionModel().getSelectedIndex() == 0);
        List<PaperRow> rows = List.copyOf(table(robot).getItems());
        robot.interact(() -> table(robot).requestFocus());

        key(robot, KeyCode.E);
        waitUntil(() -> table(robot).getItems().size() == 49 && unread() == 49);
        assertThat(selected(robot).id()).isEqualTo(rows.get(1).id());
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        key(robot, KeyCode.E);
        waitUntil(() -> table(robot).getItems().size() == 48 && unread() == 48);
        assertThat(selected(robot).id()).isEqualTo(rows.get(2).id());
        // Then a move to the Trash: one history, newest first.
        key(robot, KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 47);

        key(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> table(robot).getItems().size() == 48 && selected(robot) != null
                && selected(robot).id() == rows.get(2).id());
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> table(robot).getItems().size() == 49 && unread() == 49 && selected(robot) != null
                && selected(robot).id() == rows.get(1).id());
        assertThat(selected(robot).read()).isFalse();
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> unread() == 50 && selected(robot) != null && selected(robot).id() == rows.get(0).id());
        assertThat(table(robot).getItems()).extracting(PaperRow::id).isEqualTo(rows.stream().map(PaperRow::id).toList());
        assertThat(w.vm().canUndo()).isFalse();
    }

    @Test
    void deleteSelectsThePaperThatTookThePlaceOfThoseMovedToTheTrashAsDoneDoes(FxRobot robot) throws Exception {
        importSample(robot);
        List<PaperRow> rows = List.copyOf(table(robot).getItems());
        key(robot, KeyCode.J);
        key(robot, KeyCode.J);
        key(robot, KeyCode.J);
        waitUntil(() -> selected(robot).id() == rows.get(3).id());
        key(robot, KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 49);
        assertThat(selected(robot).id()).isEqualTo(rows.get(4).id());
        waitUntil(() -> detailTitle(robot).equals(rows.get(4).title()));

        // Two at once: the paper after them; at the end of the list, the one before them.
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        key(robot, KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 47);
        assertThat(selected(robot).id()).isEqualTo(rows.get(6).id());
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(46));
        key(robot, KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 46);
        assertThat(selected(robot).id()).isEqualTo(rows.get(48).id());

        // The detail pane's Move to Trash, for papers selected together: the same.
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectRange(3, 5);
        });
        robot.clickOn("Move to Trash");
        waitUntil(() -> table(robot).getItems().size() == 44);
        assertThat(selected(robot).id()).isEqualTo(rows.get(8).id());
    }

    @Test
    void escapeReturnsToTheListWithTheSamePaperFromTheTagFieldTheNoteAndTheSearch(FxRobot robot) throws Exception {
        importSample(robot);
        key(robot, KeyCode.J);
        key(robot, KeyCode.J);
        PaperRow third = table(robot).getItems().get(2);
        waitUntil(() -> detailTitle(robot).equals(third.title()));

        // T, then Escape: nothing typed, nothing added.
        key(robot, KeyCode.T);
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        assertThat(robot.lookup("#tag-input").queryAs(TextField.class).getText()).isEmpty();
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        assertThat(selected(robot).id()).isEqualTo(third.id());
        // Enter adds and keeps the field; Enter on the empty field returns.
        key(robot, KeyCode.T);
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        robot.write("first");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> selected(robot).tags().contains("first"));
        assertThat(robot.lookup("#tag-input").query().isFocused()).isTrue();
        robot.write("second");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> selected(robot).tags().contains("second"));
        key(robot, KeyCode.ENTER);
        waitUntil(() -> table(robot).isFocused());
        assertThat(selected(robot).id()).isEqualTo(third.id());
        assertThat(selected(robot).tags()).containsExactly("first", "second");

        // N, type, Escape: saved exactly as typed, the list has the keys again (Space marks read, not a space).
        key(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("Check the eval");
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        key(robot, KeyCode.SPACE);
        waitUntil(() -> selected(robot).read() && selected(robot).hasNote());
        assertThat(robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText()).isEqualTo("Check the eval");
        assertThat(selected(robot).id()).isEqualTo(third.id());

        // /: the search field, no slash in it. The first Escape clears, the second returns.
        key(robot, KeyCode.SLASH);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        waitUntil(search::isFocused);
        assertThat(search.getText()).isEmpty();
        robot.write("agent");
        waitUntil(() -> table(robot).getItems().size() < 50);
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> search.getText().isEmpty() && table(robot).getItems().size() == 50);
        assertThat(search.isFocused()).isTrue();
        PaperRow before = selected(robot);
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        assertThat(selected(robot).id()).isEqualTo(before.id());
    }

    @Test
    void aViewChosenInTheSidebarGivesTheListTheKeysWithItsFirstPaperSelected(FxRobot robot) throws Exception {
        importSample(robot);
        // Two papers selected in the listing; Has code does not show them.
        robot.interact(() -> table(robot).getSelectionModel().selectIndices(0, 1));
        waitUntil(() -> w.vm().detail().selection().size() == 2);
        ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        robot.interact(sidebar::requestFocus);
        int hasCode = -1;
        for (int i = 0; i < sidebar.getItems().size(); i++) {
            if (sidebar.getItems().get(i) instanceof SidebarItem.Fixed f && f.view() == SidebarItem.View.HAS_CODE) {
                hasCode = i;
            }
        }
        int target = hasCode;
        robot.interact(() -> sidebar.getFocusModel().focus(target - 1));
        key(robot, KeyCode.DOWN); // the sidebar follows the keys: Has code is chosen
        key(robot, KeyCode.ENTER);
        waitUntil(() -> table(robot).isFocused() && table(robot).getItems().size() == 10);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedIndices().equals(List.of(0)));
        PaperRow first = table(robot).getItems().get(0);
        // The stale selection is gone everywhere: in the list, in the detail pane, for Export.
        waitUntil(() -> w.vm().detail().selection().equals(List.of(first.id())));
        assertThat(first.hasCode()).isTrue();
        // A view with nothing in it leaves nothing selected.
        robot.interact(() -> w.vm().sidebar().selectView(SidebarItem.View.TRASH));
        waitUntil(() -> table(robot).getItems().isEmpty() && w.vm().detail().selection().isEmpty());
    }

    @Test
    void aOpensThePapersPageOrAnArxivSearchForItsTitle(FxRobot robot) throws Exception {
        importSample(robot);
        PaperRow first = table(robot).getItems().get(0);
        key(robot, KeyCode.A);
        waitUntil(() -> w.opened.size() == 1);
        assertThat(w.opened.get(0)).isEqualTo("https://arxiv.org/search/?searchtype=title&query="
                + java.net.URLEncoder.encode("\"" + first.title() + "\"", java.nio.charset.StandardCharsets.UTF_8));
    }
}
