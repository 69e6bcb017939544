package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static io.papershelf.ui.window.TestWindow.detailTitle;
import static io.papershelf.ui.window.TestWindow.selected;
import static io.papershelf.ui.window.TestWindow.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;

/**
 * The daily triage, keys only (not one mouse event): the 50-paper sample pasted from the clipboard, then
 * paper by paper 20 done with E, 10 tagged, 5 noted, the rest skipped with J. What the library holds at the
 * end is exactly that, with no stray character in a tag, a note or the search field.
 */
@ExtendWith(ApplicationExtension.class)
class TriageWindowTest {
    private static final String[] TAGS = {"agents", "eval"};
    /** Notes full of the list's own keys (j k e u t n a / and space): none of them may act on the list. */
    private static final String[] NOTES = {"Check the eval", "Read section 3 / appendix, then J-test it",
        "Tune the baseline; compare with WebShop.", "Unknown dataset: ask Anna", "Keep an eye on this one"};

    @TempDir
    Path dir;
    private TestWindow w;
    private boolean closed;
    /** Keys pressed for the triage, not counting the text typed into the tag field and the notes. */
    private int keys;

    @BeforeEach
    void start() throws Exception {
        w = TestWindow.open(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (!closed) {
            w.close();
        }
    }

    private void key(FxRobot robot, KeyCode... combo) {
        keys++;
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
    }

    @Test
    void triageTheSampleWithKeysOnly(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(TestFiles.text(TestFiles.DAILY));
            Clipboard.getSystemClipboard().setContent(content);
        });
        waitUntil(() -> robot.lookup("#empty-state").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 50 && table(robot).isFocused());
        // The listing's own order, the first paper selected: the first J goes to the second.
        List<PaperRow> order = List.copyOf(table(robot).getItems());
        assertThat(order.get(0).title()).startsWith("How Many Heads Make an SSM?");
        assertThat(table(robot).getSelectionModel().getSelectedIndices()).containsExactly(0);

        Set<String> done = new HashSet<>();
        Map<String, String> tagged = new HashMap<>();
        Map<String, String> noted = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            PaperRow row = order.get(i);
            // A person reads the title before deciding: the detail pane shows the paper the list selected.
            waitUntil(() -> selected(robot) != null && selected(robot).id() == row.id()
                    && detailTitle(robot).equals(row.title()));
            switch (i % 10) {
                case 0, 3, 5, 7 -> {
                    key(robot, KeyCode.E);
                    done.add(row.title());
                }
                case 1, 6 -> {
                    String tag = TAGS[tagged.size() % 2];
                    key(robot, KeyCode.T);
                    waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
                    robot.write(tag);
                    key(robot, KeyCode.ENTER);
                    key(robot, KeyCode.ESCAPE);
                    waitUntil(() -> table(robot).isFocused());
                    key(robot, KeyCode.J);
                    tagged.put(row.title(), tag);
                }
                case 8 -> {
                    String note = NOTES[noted.size()];
                    key(robot, KeyCode.N);
                    waitUntil(() -> robot.lookup("#notes").query().isFocused());
                    robot.write(note);
                    key(robot, KeyCode.ESCAPE);
                    waitUntil(() -> table(robot).isFocused());
                    key(robot, KeyCode.J);
                    noted.put(row.title(), note);
                }
                default -> key(robot, KeyCode.J);
            }
        }
        assertThat(done).hasSize(20);
        assertThat(tagged).hasSize(10);
        assertThat(noted).hasSize(5);
        waitUntil(() -> robot.lookup("#triage-progress").queryAs(Label.class).getText().equals("30 of 50 read or tagged"));
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
        System.out.printf("Triage of the 50-paper sample: %d keys, %.2f per paper (typed tag and note text not counted)%n",
                keys, keys / 50.0);
        assertThat(keys).isLessThanOrEqualTo(2 * 50);

        w.close();
        closed = true;
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<Paper> papers = library.papers();
            assertThat(papers).hasSize(50);
            List<String> read = new ArrayList<>();
            for (Paper p : papers) {
                if (p.read()) {
                    read.add(p.title());
                }
                assertThat(p.tags()).as(p.title()).isEqualTo(tagged.containsKey(p.title())
                        ? List.of(tagged.get(p.title())) : List.of());
                assertThat(p.notes()).as(p.title()).isEqualTo(noted.getOrDefault(p.title(), ""));
            }
            assertThat(read).containsExactlyInAnyOrderElementsOf(done);
        }
    }
}
