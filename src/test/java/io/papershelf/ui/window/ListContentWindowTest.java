package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static io.papershelf.ui.window.TestWindow.selected;
import static io.papershelf.ui.window.TestWindow.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.library.SampleListing;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.sidebar.SidebarItem;

/** What the list shows and hands over: sorting with empty values last, marks, the read dot, copying, pasting, the sample. */
@ExtendWith(ApplicationExtension.class)
class ListContentWindowTest {
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

    private void importFiles(FxRobot robot, int papers, String... names) throws Exception {
        List<java.io.File> files = java.util.Arrays.stream(names).map(n -> TestFiles.copy(n, dir).toFile()).toList();
        robot.interact(() -> w.window.importFiles(files));
        waitUntil(() -> w.vm().sidebar().countsProperty().get().all() == papers);
        robot.interact(() -> w.vm().sidebar().selectView(SidebarItem.View.ALL));
        waitUntil(() -> table(robot).getItems().size() == papers);
    }

    private void clip(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<PaperRow, ?> column(TableView<PaperRow> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private void sortBy(FxRobot robot, String id, TableColumn.SortType type) {
        robot.interact(() -> {
            TableView<PaperRow> t = table(robot);
            TableColumn<PaperRow, ?> c = column(t, id);
            c.setSortType(type);
            t.getSortOrder().setAll(List.of(c));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int firstVisible(FxRobot robot) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table(robot).lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @Test
    void papersWithoutUpvotesOrDateComeLastEitherWayAndASortShowsTheTop(FxRobot robot) throws Exception {
        importFiles(robot, 53, TestFiles.DAILY, "api-daily-papers.json");
        TableView<PaperRow> t = table(robot);
        robot.interact(() -> t.scrollTo(40));
        sortBy(robot, "upvotes", TableColumn.SortType.DESCENDING);
        waitUntil(() -> t.getSelectionModel().getSelectedIndex() == 0 && firstVisible(robot) == 0);
        assertThat(t.getItems().subList(0, 4)).extracting(PaperRow::upvotes).containsExactly(25, 5, 1, null);
        sortBy(robot, "upvotes", TableColumn.SortType.ASCENDING);
        assertThat(t.getItems().subList(0, 4)).extracting(PaperRow::upvotes).containsExactly(1, 5, 25, null);

        for (TableColumn.SortType type : TableColumn.SortType.values()) {
            sortBy(robot, "published", type);
            List<PaperRow> rows = List.copyOf(t.getItems());
            int firstUndated = (int) rows.stream().takeWhile(r -> r.published() != null).count();
            assertThat(firstUndated).as(type.name()).isLessThan(rows.size());
            assertThat(rows.subList(firstUndated, rows.size())).as(type.name()).allMatch(r -> r.published() == null);
        }
        assertThat(t.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(firstVisible(robot)).isZero();
    }

    @Test
    void emptyColumnsStepAsideAndANoteShowsAMark(FxRobot robot) throws Exception {
        importFiles(robot, 50, TestFiles.DAILY);
        TableView<PaperRow> t = table(robot);
        // A plain-text copy has no upvotes, and nobody has tagged or noted anything yet.
        for (String id : List.of("upvotes", "tags", "marks")) {
            assertThat(column(t, id).isVisible()).as(id).isFalse();
        }
        assertThat(titleTakesTheRest(t)).isTrue();
        robot.press(KeyCode.N).release(KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("Worth a look");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> selected(robot).hasNote() && column(t, "marks").isVisible());
        Node mark = robot.lookup(".ps-row-mark").query();
        assertThat(mark.isVisible()).isTrue();
        waitUntil(() -> titleTakesTheRest(t));
    }

    /** The title is as wide as the table less the other visible columns (and the scroll bar). */
    private static boolean titleTakesTheRest(TableView<PaperRow> t) {
        double others = t.getColumns().stream().filter(c -> c.isVisible() && !"title".equals(c.getId()))
                .mapToDouble(TableColumn::getWidth).sum();
        return column(t, "title").getWidth() >= t.getWidth() - others - 24 && column(t, "title").getWidth() > 300;
    }

    @Test
    void theViewMenuShowsEachPapersSummaryUnderItsTitleAndRemembersIt(FxRobot robot) throws Exception {
        importFiles(robot, 53, TestFiles.DAILY, "api-daily-papers.json");
        String summary = "LEAP fine-tunes LLM agents iteratively with feedback from teachers that see privileged state.";
        assertThat(robot.lookup(".ps-row-summary").tryQuery()).isEmpty(); // off until asked for
        javafx.scene.control.CheckMenuItem item = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-summaries".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
            TableView<PaperRow> t = table(robot);
            t.scrollTo(t.getItems().stream().filter(r -> summary.equals(r.summary())).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup(".ps-row-summary").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && summary.equals(l.getText())));
        w.reopen();
        javafx.scene.control.CheckMenuItem again = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-summaries".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        assertThat(again.isSelected()).isTrue();
    }

    @Test
    void clickingTheReadDotTogglesThatPaper(FxRobot robot) throws Exception {
        importFiles(robot, 50, TestFiles.DAILY);
        PaperRow third = table(robot).getItems().get(2);
        Node dot = robot.lookup(".ps-read-marker").queryAll().stream()
                .filter(n -> n.getParent() instanceof javafx.scene.control.TableCell<?, ?> c && c.getItem() == third)
                .findFirst().orElseThrow();
        robot.clickOn(dot);
        waitUntil(() -> table(robot).getItems().get(2).read());
        assertThat(w.vm().sidebar().countsProperty().get().unread()).isEqualTo(49);
    }

    @Test
    void ctrlCCopiesTheTitleAndLinkAndCtrlShiftCABibtexEntry(FxRobot robot) throws Exception {
        importFiles(robot, 53, TestFiles.DAILY, "api-daily-papers.json");
        TableView<PaperRow> t = table(robot);
        int index = t.getItems().stream().map(PaperRow::title).toList().indexOf(t.getItems().stream()
                .filter(r -> r.byline().equals("Choudhury et al.")).findFirst().orElseThrow().title());
        robot.interact(() -> {
            t.getSelectionModel().clearAndSelect(index);
            t.requestFocus();
        });
        PaperRow row = t.getItems().get(index);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        waitUntil(() -> (row.title() + "\nhttps://arxiv.org/abs/2410.05434").equals(clipboard(robot)));
        assertThat(robot.lookup("#notice-message").queryAs(Label.class).getText())
                .isEqualTo("Copied the title and link of “" + row.title() + "”.");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String expected;
        try (Library reader = Library.open(dir.resolve("library.db"))) {
            StringWriter out = new StringWriter();
            reader.export(ExportFormat.BIBTEX, List.of(row.id()), out);
            expected = out.toString();
        }
        assertThat(expected).startsWith("@misc{").contains("eprint = {2410.05434}");
        waitUntil(() -> expected.equals(clipboard(robot)));

        // Both are in the row's context menu too.
        clip(robot, "");
        rightClick(robot, t);
        waitUntil(() -> robot.lookup("Copy title and link").tryQuery().isPresent());
        robot.clickOn("Copy title and link");
        waitUntil(() -> (row.title() + "\nhttps://arxiv.org/abs/2410.05434").equals(clipboard(robot)));
    }

    /** Monocle's robot does not raise context-menu requests: the one a right click near the node's corner makes. */
    private static void rightClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            var b = node.localToScreen(node.getBoundsInLocal());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10,
                    b.getMinY() + 10, false, null));
        });
    }

    private static String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    @Test
    void aClipboardWithoutAListingIsOneSentenceThenAPastedPageImportsUnderItsPasteName(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#empty-state").query().isVisible());
        clip(robot, "Dear all, the reading group moves to Thursday.");
        robot.clickOn("#empty-paste");
        waitUntil(() -> robot.lookup("#notice").query().isVisible());
        assertThat(robot.lookup("#notice-message").queryAs(Label.class).getText()).isEqualTo(
                "The clipboard holds no listing: copy a whole listing page (Ctrl+A, then Ctrl+C in the browser) and paste again.");
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(w.vm().sidebar().countsProperty().get().all()).isZero();

        clip(robot, TestFiles.text(TestFiles.DAILY));
        robot.clickOn("#empty-paste");
        waitUntil(() -> table(robot).getItems().size() == 50);
        waitUntil(() -> w.vm().sidebar().selectedProperty().get() instanceof SidebarItem.ListingItem l
                && l.listing().fileName().matches("Pasted \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertThat(robot.lookup("#triage-progress").queryAs(Label.class).getText()).isEqualTo("0 of 50 read or tagged");
    }

    @Test
    void theSampleListingTriesPapershelfOutAndCanBeRemoved(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#empty-state").query().isVisible());
        robot.clickOn("#empty-sample");
        waitUntil(() -> table(robot).getItems().size() == 50 && table(robot).isFocused());
        assertThat(w.vm().sidebar().selectedProperty().get().label()).isEqualTo(SampleListing.NAME);
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof SidebarItem.ListingItem).findFirst().orElseThrow();
        assertThat(cell.getTooltip().getText()).contains("The sample that comes with Papershelf");
        rightClick(robot, cell);
        waitUntil(() -> robot.lookup("Remove the sample listing…").tryQuery().isPresent());
        robot.clickOn("Remove the sample listing…");
        waitUntil(() -> robot.lookup((Button b) -> "Remove".equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Button b) -> "Remove".equals(b.getText())).queryButton());
        waitUntil(() -> w.vm().sidebar().countsProperty().get().trash() == 50);
        assertThat(w.vm().sidebar().items()).noneMatch(i -> i instanceof SidebarItem.ListingItem);
        assertThat(Objects.requireNonNull(w.vm().sidebar().countsProperty().get()).all()).isZero();
    }
}
