package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.sidebar.SidebarItem;

/** Drives the real window headless (Monocle) through the flows a researcher takes every day. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;
    private TestWindow w;
    private List<String> opened;
    private Stage stage;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        w = TestWindow.open(dir);
        follow();
    }

    private void follow() {
        opened = w.opened;
        stage = w.stage();
        window = w.window;
    }

    /** Closes the window as quitting does, and opens a new one on the same file. */
    private void reopen() throws Exception {
        w.reopen();
        follow();
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<PaperRow> table(FxRobot robot) {
        return robot.lookup("#paper-table").queryAs(TableView.class);
    }

    private void importSample(FxRobot robot) throws Exception {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        robot.interact(() -> window.importFiles(List.of(sample.toFile())));
        // The summary is a notice that takes no focus, not a dialog; the list has the keyboard.
        waitUntil(() -> robot.lookup("#notice").query().isVisible());
        assertThat(robot.lookup("#notice-message").queryAs(Label.class).getText())
                .isEqualTo("Imported daily-papers-search-2026-05-20.txt: 50 papers (50 new, 0 updated, 0 unchanged)");
        assertThat(robot.listWindows()).containsExactly(stage);
        waitUntil(() -> table(robot).getItems().size() == 50);
        waitUntil(() -> table(robot).isFocused());
        // The list shows the papers of that import: its listing is selected in the sidebar.
        waitUntil(() -> window.viewModel().sidebar().selectedProperty().get() instanceof SidebarItem.ListingItem l
                && l.listing().fileName().equals(TestFiles.DAILY));
    }

    /** Imports one file and waits for the list to show that listing's papers (the summary is a notice). */
    private void importOne(FxRobot robot, Path file, int papers) throws Exception {
        robot.interact(() -> window.importFiles(List.of(file.toFile())));
        waitUntil(() -> table(robot).getItems().size() == papers
                && window.viewModel().sidebar().selectedProperty().get() instanceof SidebarItem.ListingItem l
                && l.listing().fileName().equals(file.getFileName().toString()));
    }

    private void select(FxRobot robot, String titleStart) throws Exception {
        TableView<PaperRow> t = table(robot);
        int index = -1;
        for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).title().startsWith(titleStart)) {
                index = i;
            }
        }
        assertThat(index).as("row " + titleStart).isNotNegative();
        int row = index;
        robot.interact(() -> {
            t.scrollTo(row);
            t.getSelectionModel().clearAndSelect(row);
            t.requestFocus();
        });
        waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().startsWith(titleStart));
    }

    private List<String> titles(FxRobot robot) {
        return List.copyOf(table(robot).getItems()).stream().map(PaperRow::title).toList();
    }

    private int unread() {
        return window.viewModel().sidebar().countsProperty().get().unread();
    }

    @Test
    void anEmptyLibraryWelcomesTheUserWithAnImportButton(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#empty-state").query().isVisible());
        assertThat(robot.lookup("#empty-import").queryAs(Button.class).getText()).isEqualTo("Import a listing…");
        assertThat(stage.getTitle()).isEqualTo("Papershelf — library.db");
        // Nothing selected: the detail pane has not made its editors, nor the statistics their charts (start-up).
        assertThat(robot.lookup("#detail-split").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bulk-actions").tryQuery()).isEmpty();
        assertThat(robot.lookup(".chart").tryQuery()).isEmpty();
    }

    @Test
    void importSelectReadTagNoteAndReopen(FxRobot robot) throws Exception {
        importSample(robot);
        assertThat(robot.lookup("#empty-state").query().isVisible()).isFalse();

        select(robot, "InteractComp");
        assertThat(robot.lookup("#abstract").queryAs(StyleClassedTextArea.class).getText())
                .startsWith("Language agents have demonstrated remarkable potential");
        assertThat(robot.lookup("#detail-meta").queryAs(Label.class).getText())
                .contains("25 authors", "Published 28 Oct 2025", "2 comments");

        // Toggle read from the keyboard: the Unread count follows.
        assertThat(unread()).isEqualTo(50);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> unread() == 49);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("49 unread");

        // Add a tag through the editor and filter by it in the sidebar.
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).as("selection kept").startsWith("InteractComp");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        robot.write("agents").type(KeyCode.ENTER);
        waitUntil(() -> window.tags().stream().anyMatch(t -> t.name().equals("agents") && t.count() == 1));
        robot.interact(() -> window.viewModel().sidebar().selectTag("agents"));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).startsWith("InteractComp");
        assertThat(table(robot).getItems().get(0).tags()).containsExactly("agents");
        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.ALL));
        waitUntil(() -> table(robot).getItems().size() == 50);

        // Type a note, go to another paper and back: the note is there.
        select(robot, "InteractComp");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("Compare with WebShop.");
        select(robot, "LowFER");
        assertThat(robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText()).isEmpty();
        select(robot, "InteractComp");
        assertThat(robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText()).isEqualTo("Compare with WebShop.");
        robot.clickOn("#notes").type(KeyCode.END).write(" Then the appendix.");

        // Close the window and open a new one on the same file: everything is there.
        reopen();
        waitUntil(() -> table(robot).getItems().size() == 50);
        select(robot, "InteractComp");
        assertThat(robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText())
                .isEqualTo("Compare with WebShop. Then the appendix.");
        assertThat(unread()).isEqualTo(49);
        PaperRow row = table(robot).getSelectionModel().getSelectedItem();
        assertThat(row.read()).isTrue();
        assertThat(row.tags()).containsExactly("agents");
        assertThat(robot.lookup("#read-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void searchNarrowsTheListAndHasCodeShowsTheTenRepositories(FxRobot robot) throws Exception {
        importSample(robot);
        robot.clickOn("#search").write("recommender");
        waitUntil(() -> table(robot).getItems().size() > 0 && table(robot).getItems().size() < 50);
        assertThat(table(robot).getItems()).extracting(PaperRow::title).contains("Personalized Denoising Implicit Feedback for Robust Recommender System");
        // Typed text that is FTS5 syntax is searched for as words, never as syntax: no error, and the list shows
        // exactly the papers a reading of the library of its own finds for them, which are not those shown before
        // (a query that failed would leave those, and say so in a dialog).
        String hostile = "\"(AND* -graph";
        List<String> before = titles(robot);
        List<String> expected;
        try (Library reader = Library.open(dir.resolve("library.db"))) {
            expected = reader.rows(PaperFilter.ALL.withQuery(hostile)).stream().map(PaperRow::title).toList();
        }
        assertThat(expected).as("papers the hostile query finds").isNotEmpty().hasSizeLessThan(50);
        assertThat(Set.copyOf(expected)).as("not what the list shows before").isNotEqualTo(Set.copyOf(before));
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(hostile));
        waitUntil(() -> !window.viewModel().list().loadingProperty().get()
                && titles(robot).size() == expected.size() && titles(robot).containsAll(expected));
        assertThat(titles(robot)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(robot.listWindows()).as("no error dialog").containsExactly(stage);
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        waitUntil(() -> table(robot).getItems().size() == 50);

        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.HAS_CODE));
        waitUntil(() -> table(robot).getItems().size() == 10);
        assertThat(table(robot).getItems()).allMatch(PaperRow::hasCode);
        ListView<?> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        assertThat(sidebar.getSelectionModel().getSelectedItem()).isInstanceOf(SidebarItem.Fixed.class);
    }

    @Test
    void theRepositoryButtonHandsExactlyItsAddressToTheBrowser(FxRobot robot) throws Exception {
        importSample(robot);
        select(robot, "Quantum Knowledge Graph");
        Button repo = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "HKAI-Sci/QKG".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(repo);
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly("https://github.com/HKAI-Sci/QKG");
        // The keyboard way opens the same address.
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> opened.size() == 2);
        assertThat(opened.get(1)).isEqualTo("https://github.com/HKAI-Sci/QKG");
    }

    @Test
    void deleteMovesToTrashAndUndoBringsItBack(FxRobot robot) throws Exception {
        importSample(robot);
        select(robot, "LowFER");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 49);
        assertThat(window.viewModel().sidebar().countsProperty().get().trash()).isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 50);
        assertThat(window.viewModel().sidebar().countsProperty().get().trash()).isZero();

        // Deleted again, then restored from the Trash view's context menu.
        select(robot, "LowFER");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 49);
        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.TRASH));
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        // Monocle's robot does not raise context-menu requests: send the one a right click makes.
        robot.interact(() -> {
            TableView<PaperRow> t = table(robot);
            var b = t.localToScreen(t.getBoundsInLocal());
            t.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    60, 60, b.getMinX() + 60, b.getMinY() + 60, false, null));
        });
        waitUntil(() -> robot.lookup("Restore from Trash").tryQuery().isPresent());
        robot.clickOn("Restore from Trash");
        waitUntil(() -> table(robot).getItems().isEmpty());
        assertThat(window.viewModel().sidebar().countsProperty().get().all()).isEqualTo(50);
    }

    @Test
    void columnSortAndThemeAreRememberedAcrossRuns(FxRobot robot) throws Exception {
        importSample(robot);
        robot.clickOn("Published");
        waitUntil(() -> !table(robot).getSortOrder().isEmpty());
        PaperRow first = table(robot).getItems().get(0);
        assertThat(first.title()).startsWith("Train longer, generalize better"); // 24 May 2017, the oldest
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        reopen();
        waitUntil(() -> table(robot).getItems().size() == 50);
        assertThat(table(robot).getSortOrder()).extracting(c -> c.getId()).containsExactly("published");
        assertThat(table(robot).getItems().get(0).title()).startsWith("Train longer, generalize better");
        assertThat(stage.getScene().getRoot().getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("dark"));
    }

    @Test
    void severalSelectedPapersOfferBulkActions(FxRobot robot) throws Exception {
        importSample(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().selectRange(0, 5);
            table(robot).requestFocus();
        });
        waitUntil(() -> robot.lookup("#bulk-actions").query().isVisible());
        // The bulk pane's button (the single paper's "Mark read" toggle is in the scene too, hidden).
        robot.clickOn(robot.from(robot.lookup("#bulk-actions").queryParent())
                .lookup((Button b) -> "Mark read".equals(b.getText())).queryButton());
        waitUntil(() -> unread() == 45);
        assertThat(table(robot).getItems().stream().filter(PaperRow::read)).hasSize(5);
    }

    @Test
    void theSummaryStandsUnderTheTitleAndALongSuggestedKeywordDoesNotWidenThePane(FxRobot robot) throws Exception {
        // The hand-made single-paper page (ai_summary), and a BibTeX entry whose keyword is an arXiv subject line.
        Path page = TestFiles.copy("hf-paper-page-handmade.html", dir);
        Path bib = TestFiles.write(dir.resolve("scholar.bib"), """
                @article{a, title={A Paper With A Long Keyword}, year={2021},
                  keywords={Computer Science - Computer Vision and Pattern Recognition, Computer Science - Machine Learning}}
                """);
        importOne(robot, page, 1);
        select(robot, "LOGO");
        Label summary = robot.lookup("#detail-summary").queryAs(Label.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getText()).isEqualTo("LOGO aligns long-context models with a reference-free preference "
                + "optimisation on one GPU machine.");

        importOne(robot, bib, 1);
        select(robot, "A Paper With A Long Keyword");
        assertThat(robot.lookup("#detail-summary").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#detail-meta").queryAs(Label.class).getText()).contains("Published 2021");
        List<Button> suggestions = robot.lookup(".ps-suggested-tag").queryAllAs(Button.class).stream().toList();
        assertThat(suggestions).extracting(Button::getText).containsExactly(
                "Computer Science - Computer Vision and Pattern Recognition", "Computer Science - Machine Learning");
        assertThat(suggestions).allSatisfy(b -> assertThat(b.getWidth()).isLessThanOrEqualTo(240.0));
    }
}
