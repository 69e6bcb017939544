package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;

/**
 * Alt+1 adds the tag the detail pane suggests wherever the keyboard is, as README promises ("Everywhere"): while
 * writing the note (which does not type the digit) and with a passage of the abstract selected, not only from the
 * list. The rich text areas took the key press for themselves, and the scene's accelerator never heard it.
 */
class SuggestedTagKeysWindowTest extends WindowTestBase {
    private static final String PAPER = "Measuring Individual User Fairness";

    @Override
    void prepare(Library library) throws Exception {
        for (String title : List.of("Joint Evaluation of Fairness", "Personalized Denoising", "Memorize, Factorize",
                "Debiased Collaborative Filtering", "Unbiased Learning to Rank")) {
            library.addTag(List.of(id(title)), "recsys");
        }
    }

    @Test
    void altOneInTheNoteAddsTheSuggestedTagAndTypesNothing(FxRobot robot) throws Exception {
        suggested(robot);
        key(robot, KeyCode.N);
        StyleClassedTextArea notes = robot.lookup("#notes").queryAs(StyleClassedTextArea.class);
        waitUntil(notes::isFocused);
        robot.write("why");
        waitUntil(() -> notes.getText().equals("why"));
        key(robot, KeyCode.ALT, KeyCode.DIGIT1);
        waitUntil(this::tagged);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.getText()).isEqualTo("why");
        assertThat(notes.isFocused()).as("the note keeps the keyboard").isTrue();
    }

    @Test
    void altOneWithAPassageOfTheAbstractSelectedAddsTheSuggestedTag(FxRobot robot) throws Exception {
        suggested(robot);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        StyleClassedTextArea abstractText = robot.lookup("#abstract").queryAs(StyleClassedTextArea.class);
        waitUntil(abstractText::isFocused);
        key(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        key(robot, KeyCode.ALT, KeyCode.DIGIT1);
        waitUntil(this::tagged);
        assertThat(library.paper(id(PAPER)).orElseThrow().highlights()).as("no highlight made").isEmpty();
    }

    /** The paper in hand, the list with the keyboard, recsys suggested as Alt+1. */
    private void suggested(FxRobot robot) throws Exception {
        select(robot, PAPER);
        waitUntil(() -> robot.lookup("#your-tag-1").tryQuery().map(n -> n.isVisible()
                && "recsys".equals(((Button) n).getText())).orElse(false));
        assertThat(tagged()).isFalse();
    }

    private boolean tagged() {
        try {
            return library.rows(PaperFilter.ALL.withTag("recsys")).stream().anyMatch(r -> r.title().startsWith(PAPER));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void key(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
    }
}
