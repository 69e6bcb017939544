package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import atlantafx.base.controls.ToggleSwitch;

import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.model.Tag;
import io.papershelf.ui.sidebar.SidebarItem;

/**
 * The sidebar's promises: each context menu opens on a right click and from the keyboard and does what it says
 * (rename, colour, delete a tag; empty the Trash), long names have their whole name in a tooltip, and "Unread
 * only" narrows any view, with counts that say so, and is remembered.
 */
class SidebarWindowTest extends WindowTestBase {
    static final String LONG_TAG = "reinforcement-learning-from-human-feedback-and-preferences";

    @Override
    void prepare(Library library) throws Exception {
        library.addTag(List.of(id("LowFER"), id("InteractComp")), "agents");
        library.addTag(List.of(id("LowFER")), LONG_TAG);
        library.setRead(List.of(id("LowFER")), true);
        library.trash(List.of(id("The Collaboration Gap")));
    }

    private List<Tag> tags() {
        return window.tags();
    }

    private static ContextMenu showingMenu(FxRobot robot) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    private static void waitForMenu(FxRobot robot, String id) throws Exception {
        waitUntil(() -> showingMenu(robot) != null && id.equals(showingMenu(robot).getId()));
    }

    @Test
    void aTagsMenuRenamesColoursAndDeletesIt(FxRobot robot) throws Exception {
        waitUntil(() -> tags().size() == 2);
        rightClick(robot, sidebarCell(robot, "agents"));
        waitForMenu(robot, "tag-menu");
        robot.clickOn("Rename…");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("agents");
        robot.interact(() -> name.setText("multi-agent"));
        robot.clickOn("OK");
        waitUntil(() -> tags().stream().anyMatch(t -> t.name().equals("multi-agent") && t.count() == 2));

        rightClick(robot, sidebarCell(robot, "multi-agent"));
        waitForMenu(robot, "tag-menu");
        robot.clickOn("Colour");
        waitUntil(() -> robot.lookup("Green").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        javafx.scene.Node green = robot.lookup("Green").<javafx.scene.Node>match(n -> n.getScene() != null).query();
        // Along the Colour row into its submenu, then down: a diagonal path would close the submenu on the way.
        robot.moveTo(green, org.testfx.robot.Motion.HORIZONTAL_FIRST).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> tags().stream().anyMatch(t -> t.name().equals("multi-agent") && "#30a46c".equals(t.color())));

        rightClick(robot, sidebarCell(robot, "multi-agent"));
        waitForMenu(robot, "tag-menu");
        robot.clickOn("Delete tag…");
        waitUntil(() -> robot.lookup("Delete tag").tryQuery().isPresent());
        robot.clickOn("Delete tag");
        waitUntil(() -> tags().stream().noneMatch(t -> t.name().equals("multi-agent")));
        assertThat(library.paper(id("LowFER")).orElseThrow().tags()).containsExactly(LONG_TAG);
    }

    @Test
    void theTrashsMenuEmptiesIt(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().sidebar().countsProperty().get().trash() == 1);
        rightClick(robot, sidebarCell(robot, "Trash"));
        waitForMenu(robot, "trash-menu");
        robot.clickOn("Empty Trash…");
        waitUntil(() -> robot.lookup("Empty Trash").tryQuery().isPresent());
        robot.clickOn("Empty Trash");
        waitUntil(() -> window.viewModel().sidebar().countsProperty().get().trash() == 0);
        assertThat(library.counts().all()).isEqualTo(49);
    }

    @Test
    void theContextMenuKeyAndShiftF10OpenTheSelectedItemsMenu(FxRobot robot) throws Exception {
        waitUntil(() -> tags().size() == 2);
        ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        robot.interact(() -> {
            window.viewModel().sidebar().selectTag("agents");
            sidebar.requestFocus();
        });
        robot.type(KeyCode.CONTEXT_MENU);
        waitForMenu(robot, "tag-menu");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showingMenu(robot) == null);

        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.TRASH));
        robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        waitForMenu(robot, "trash-menu");
        robot.type(KeyCode.ESCAPE);

        // The other items have no menu, and the key opens none.
        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.ALL));
        robot.type(KeyCode.CONTEXT_MENU);
        assertThat(showingMenu(robot)).isNull();
    }

    @Test
    void arrowingThroughTheSidebarPastStatisticsKeepsTheKeyboardInTheSidebar(FxRobot robot) throws Exception {
        waitUntil(() -> tags().size() == 2);
        ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        robot.interact(() -> {
            window.viewModel().sidebar().selectView(SidebarItem.View.ANNOTATED);
            sidebar.requestFocus();
        });
        robot.type(KeyCode.DOWN); // Statistics: the list and the detail pane give way to the charts
        waitUntil(() -> window.viewModel().sidebar().statisticsProperty().get());
        assertThat(sidebar.isFocused()).isTrue();
        robot.type(KeyCode.DOWN); // on to the first tag, the list back
        waitUntil(() -> !window.viewModel().sidebar().statisticsProperty().get());
        assertThat(sidebar.isFocused()).isTrue();
        assertThat(window.viewModel().sidebar().selectedProperty().get().toString()).contains("agents");
        robot.type(KeyCode.UP); // and back up past the heading
        waitUntil(() -> window.viewModel().sidebar().statisticsProperty().get());
    }

    @Test
    void aLongTagNameIsInItsTooltip(FxRobot robot) throws Exception {
        waitUntil(() -> tags().size() == 2);
        var cell = sidebarCell(robot, LONG_TAG);
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).startsWith(LONG_TAG + "\n1 paper");
        var listing = sidebarCell(robot, io.papershelf.TestFiles.DAILY);
        assertThat(listing.getTooltip().getText()).startsWith(io.papershelf.TestFiles.DAILY);
    }

    @Test
    void unreadOnlyNarrowsEveryViewButReadAndTrashAndIsRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 49);
        robot.interact(() -> window.viewModel().sidebar().selectTag("agents"));
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#unread-only-label");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems()).extracting(PaperRow::title).singleElement().asString()
                .startsWith("InteractComp");
        // Counts say what each view shows now.
        waitUntil(() -> tags().stream().anyMatch(t -> t.name().equals("agents") && t.count() == 1));
        assertThat(tags()).filteredOn(t -> t.name().equals(LONG_TAG)).extracting(Tag::count).containsExactly(0);
        assertThat(fixedCount(SidebarItem.View.ALL)).isEqualTo(48);
        assertThat(fixedCount(SidebarItem.View.READ)).isEqualTo(1);
        assertThat(fixedCount(SidebarItem.View.TRASH)).isEqualTo(1);
        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.READ));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).startsWith("LowFER");
        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.ALL));
        waitUntil(() -> table(robot).getItems().size() == 48);
        assertThat(window.viewModel().sidebar().countsProperty().get().all()).as("the status bar's count").isEqualTo(49);

        reopen(robot);
        waitUntil(() -> robot.lookup("#unread-only").queryAs(ToggleSwitch.class).isSelected());
        waitUntil(() -> table(robot).getItems().size() == 48);
        // View > Unread only is the same switch.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 49);
        assertThat(robot.lookup("#unread-only").queryAs(ToggleSwitch.class).isSelected()).isFalse();
    }

    private int fixedCount(SidebarItem.View view) {
        return window.viewModel().sidebar().items().stream()
                .filter(i -> i instanceof SidebarItem.Fixed f && f.view() == view)
                .mapToInt(i -> ((SidebarItem.Fixed) i).count()).findFirst().orElseThrow();
    }
}
