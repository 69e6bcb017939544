package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.fxmisc.richtext.StyleClassedTextArea;

import io.papershelf.TestFiles;
import io.papershelf.export.NoteFile;
import io.papershelf.library.Library;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.common.Notice;

/**
 * Annotating in the real window (headless), by keyboard: a highlight with a comment survives closing the window,
 * a Markdown note renders a heading and a task box that ticks from the keyboard, the notes folder holds exactly
 * what was written; a link that cannot be opened is said and copied, and Copy link copies it.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotateWindowTest {
    private static final String PAPER = "InteractComp";
    private static final String REPO = "https://github.com/FoundationAgents/InteractComp";

    @TempDir
    Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private volatile boolean browserMissing;
    private TestWindow w;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        try (Library l = Library.open(dir.resolve("library.db"))) {
            l.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
        LinkOpener browser = url -> {
            if (browserMissing) {
                throw new IllegalStateException("no program to open web links was found");
            }
            opened.add(url);
        };
        w = TestWindow.on(Library.open(dir.resolve("library.db")), dir, browser, null);
        w.show();
        window = w.window;
    }

    private void reopen(FxRobot robot) throws Exception {
        w.reopen();
        window = w.window;
    }

    /** The clipboard's text, read on the FX thread. */
    private static String clipboard() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<PaperRow> table(FxRobot robot) {
        return robot.lookup("#paper-table").queryAs(TableView.class);
    }

    private void select(FxRobot robot, String titleStart) throws Exception {
        TableView<PaperRow> t = table(robot);
        waitUntil(() -> t.getItems().size() == 50);
        int row = -1;
        for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).title().startsWith(titleStart)) {
                row = i;
            }
        }
        int index = row;
        robot.interact(() -> {
            t.scrollTo(index);
            t.getSelectionModel().clearAndSelect(index);
            t.requestFocus();
        });
        waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText()
                .startsWith(titleStart));
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    /** The paper as stored, read through a library of its own (the window's is busy on its own thread). */
    private Paper paper(String titleStart) {
        try (Library reader = Library.open(dir.resolve("library.db"))) {
            return reader.papers().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void highlightTheFirstWordsAndComment(FxRobot robot, int chars, String comment) throws Exception {
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> robot.lookup("#abstract").query().isFocused());
        for (int i = 0; i < chars; i++) {
            press(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        }
        robot.type(KeyCode.H);
        waitUntil(() -> robot.lookup(".ps-highlight-comment").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(comment);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aPassageHighlightedAndCommentedByKeyboardIsThereAfterReopening(FxRobot robot) throws Exception {
        select(robot, PAPER);
        String abstractText = paper(PAPER).abstractText();
        highlightTheFirstWordsAndComment(robot, 30, "Check how ambiguity is measured.");
        waitUntil(() -> paper(PAPER).highlights().size() == 1
                && paper(PAPER).highlights().get(0).comment().equals("Check how ambiguity is measured."));
        Highlight h = paper(PAPER).highlights().get(0);
        assertThat(h.quote()).isEqualTo(abstractText.substring(0, 30).strip());
        assertThat(h.color()).isZero();

        reopen(robot);
        select(robot, PAPER);
        TextField comment = robot.lookup(".ps-highlight-comment").queryAs(TextField.class);
        assertThat(comment.getText()).isEqualTo("Check how ambiguity is measured.");
        assertThat(robot.lookup(".ps-highlight-color").queryAs(Label.class).getText()).isEqualTo("Important");
        StyleClassedTextArea abs = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        assertThat(abs.getStyleOfChar(3)).contains("hl-0");
        assertThat(abs.getStyleOfChar(40)).doesNotContain("hl-0");

        // Clicking the entry's quote selects the passage again.
        Label quote = robot.lookup(".ps-highlight-quote").queryAs(Label.class);
        robot.interact(comment::requestFocus); // the pane scrolls the entry into view
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(quote);
        waitUntil(abs::isFocused);
        assertThat(abs.getSelectedText()).isEqualTo(h.quote());

        // A second highlight over the first is refused in words; the first stays.
        press(robot, KeyCode.SHIFT, KeyCode.LEFT);
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> window.viewModel().noticeProperty().get() != null);
        Notice n = window.viewModel().noticeProperty().get();
        assertThat(n.warning()).isTrue();
        assertThat(n.message()).startsWith("This passage overlaps the highlight");
        assertThat(paper(PAPER).highlights()).hasSize(1);
    }

    @Test
    void aMarkdownNoteRendersAHeadingAndATaskBoxThatTicksFromTheKeyboard(FxRobot robot) throws Exception {
        select(robot, PAPER);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("# Reading plan");
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        robot.write("- [ ] rerun the ablation");
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        robot.write("Code: https://github.com/a/b.");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        waitUntil(() -> robot.lookup(".md-h1").tryQuery().isPresent());
        TextFlow heading = robot.lookup(".md-h1").queryAs(TextFlow.class);
        assertThat(heading.getChildren()).extracting(t -> ((Text) t).getText()).containsExactly("Reading plan");
        CheckBox task = robot.lookup(".md-preview .md-task").queryAs(CheckBox.class);
        assertThat(task.isSelected()).isFalse();
        // A bare URL is a link, without the sentence's full stop.
        assertThat(robot.lookup(".md-preview .md-link").queryAs(Hyperlink.class).getText())
                .isEqualTo("https://github.com/a/b");
        robot.type(KeyCode.TAB);
        waitUntil(task::isFocused);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> paper(PAPER).notes().equals("# Reading plan\n\n- [x] rerun the ablation\n\nCode: https://github.com/a/b."));
        waitUntil(() -> robot.lookup(".md-preview .md-task").queryAs(CheckBox.class).isSelected());
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).isEqualTo("Saved");

        // Back to the text: the box is ticked there too, and Undo acts on the note, not on the list.
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        waitUntil(notes::isFocused);
        assertThat(notes.getText()).isEqualTo("# Reading plan\n\n- [x] rerun the ablation\n\nCode: https://github.com/a/b.");
        press(robot, KeyCode.CONTROL, KeyCode.A);
        assertThat(notes.getSelectedText()).isEqualTo(notes.getText());
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(1);
    }

    @Test
    void theNotesFolderHoldsExactlyWhatWasWritten(FxRobot robot) throws Exception {
        select(robot, PAPER);
        highlightTheFirstWordsAndComment(robot, 16, "Ambiguity matters.");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("Worth a second read.");
        robot.interact(() -> table(robot).requestFocus());
        waitUntil(() -> paper(PAPER).notes().equals("Worth a second read.")
                && paper(PAPER).highlights().size() == 1
                && paper(PAPER).highlights().get(0).comment().equals("Ambiguity matters."));
        Path folder = dir.resolve("vault");
        robot.interact(() -> window.exportNotes(folder));
        waitUntil(() -> window.viewModel().noticeProperty().get() != null);
        assertThat(window.viewModel().noticeProperty().get().message())
                .isEqualTo("Exported notes to " + folder.toAbsolutePath() + ": 1 new, 0 updated, 0 unchanged.");
        Paper p = paper(PAPER);
        String quote = p.abstractText().substring(0, 16).strip();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(
                    "InteractComp Evaluating Search Agents With Ambiguous Queries (anon2025interactcomp).md");
        }
        assertThat(Files.readString(folder.resolve(
                "InteractComp Evaluating Search Agents With Ambiguous Queries (anon2025interactcomp).md"))).isEqualTo("""
                ---
                title: "InteractComp: Evaluating Search Agents With Ambiguous Queries"
                authors: []
                published: 2025-10-28
                github: "https://github.com/FoundationAgents/InteractComp"
                url: "https://github.com/FoundationAgents/InteractComp"
                tags: []
                read: false
                papershelf: "paper:%d"
                ---

                Worth a second read.

                ## Highlights

                ### Important

                > %s

                Ambiguity matters.
                """.formatted(p.id(), quote));
        assertThat(NoteFile.render(p, io.papershelf.model.HighlightColors.DEFAULT)).isEqualTo(Files.readString(folder.resolve(
                "InteractComp Evaluating Search Agents With Ambiguous Queries (anon2025interactcomp).md")));
    }

    @Test
    void anEmptyNoteKeepsToAFewLinesUntilUsedAndTheNoteKeepsItsPlaceAcrossAReopen(FxRobot robot) throws Exception {
        select(robot, PAPER);
        javafx.scene.control.SplitPane split = robot.lookup("#detail-split").queryAs(javafx.scene.control.SplitPane.class);
        // Triage: the note is empty and unused, so the paper has the pane and the note a few lines.
        waitUntil(() -> split.getDividerPositions()[0] > 0.75);
        press(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        waitUntil(() -> Math.abs(split.getDividerPositions()[0] - 0.6) < 0.02);
        robot.interact(() -> split.setDividerPositions(0.45));
        robot.write("Worth it.");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        // A note with text keeps its room after the focus has gone back to the list.
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.02));
        reopen(robot);
        select(robot, PAPER);
        javafx.scene.control.SplitPane again = robot.lookup("#detail-split").queryAs(javafx.scene.control.SplitPane.class);
        assertThat(again).isNotSameAs(split);
        waitUntil(() -> Math.abs(again.getDividerPositions()[0] - 0.45) < 0.02);
    }

    @Test
    void nOnAPaperWithANoteGoesOnWritingAtItsEnd(FxRobot robot) throws Exception {
        select(robot, PAPER);
        press(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write("First thought.");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        press(robot, KeyCode.J); // another paper, then back: the note is loaded again
        press(robot, KeyCode.K);
        waitUntil(() -> robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText().equals("First thought."));

        press(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#notes").query().isFocused());
        robot.write(" Second.");

        waitUntil(() -> robot.lookup("#notes").queryAs(StyleClassedTextArea.class).getText()
                .equals("First thought. Second."));
    }

    @Test
    void aLinkThatCannotBeOpenedIsSaidAndCopiedAndEveryLinkButtonCopies(FxRobot robot) throws Exception {
        select(robot, PAPER);
        // Copy link on the repository button's context menu.
        Button repo = robot.lookup("#detail .button").queryAllAs(Button.class).stream()
                .filter(b -> REPO.equals(b.getUserData())).findFirst().orElseThrow();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> {
            javafx.geometry.Bounds b = repo.localToScreen(repo.getBoundsInLocal());
            repo.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        robot.clickOn("Copy link");
        waitUntil(() -> REPO.equals(clipboard()));

        // No browser: Enter in the list says so in a notice and puts the link on the clipboard.
        browserMissing = true;
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.viewModel().noticeProperty().get() != null);
        Notice n = window.viewModel().noticeProperty().get();
        assertThat(n.warning()).isTrue();
        assertThat(n.message()).isEqualTo("Could not open " + REPO + " (no program to open web links was found); "
                + "the link is copied to the clipboard, to paste into a browser.");
        assertThat(robot.lookup(".ps-notice .label").queryAs(Label.class).getText()).isEqualTo(n.message());
        assertThat(clipboard()).isEqualTo(REPO);
        assertThat(opened).isEmpty();
        assertThat(table(robot).isFocused()).as("the notice takes no focus").isTrue();
    }
}
