package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import io.papershelf.model.ExportFormat;
import io.papershelf.model.PaperRow;

/**
 * What the window says after an action: moving a paper to the Trash offers Undo, which brings it back selected;
 * a finished export says where the file went and offers to show its folder, and says so when that fails.
 */
class WindowNoticesTest extends WindowTestBase {
    private String notice(FxRobot robot) {
        return robot.lookup("#notice").query().isVisible()
                ? robot.lookup("#notice-message").queryAs(Label.class).getText() : null;
    }

    private void clickNoticeButton(FxRobot robot, String label) {
        robot.clickOn(robot.lookup("#notice .button").match(n -> label.equals(((Button) n).getText())).queryButton());
    }

    @Test
    void deleteSaysWhatMovedToTheTrashAndUndoSelectsItAgain(FxRobot robot) throws Exception {
        select(robot, "LowFER");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == 49);
        waitUntil(() -> notice(robot) != null);
        assertThat(notice(robot)).isEqualTo("Moved “LowFER: Low-rank Bilinear Pooling for Link Prediction” to the Trash.");
        assertThat(table(robot).isFocused()).as("the notice takes no focus").isTrue();

        select(robot, "InteractComp"); // the user moved on meanwhile
        clickNoticeButton(robot, "Undo");
        waitUntil(() -> table(robot).getItems().size() == 50);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem().title().startsWith("LowFER"));
        waitUntil(() -> robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText().startsWith("LowFER"));
        assertThat(notice(robot)).isNull();
        assertThat(window.viewModel().sidebar().countsProperty().get().trash()).isZero();

        // Several papers, and Ctrl+Z instead of the button: the same.
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectRange(0, 3);
            table(robot).requestFocus();
        });
        var chosen = table(robot).getSelectionModel().getSelectedItems().stream().map(PaperRow::id).toList();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> "Moved 3 papers to the Trash.".equals(notice(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == 50);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItems().stream().map(PaperRow::id).toList()
                .containsAll(chosen) && table(robot).getSelectionModel().getSelectedItems().size() == 3);
        assertThat(notice(robot)).isNull();
    }

    @Test
    void aFinishedExportSaysWhereTheFileWentAndShowsItsFolder(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        Path target = dir.resolve("exports").resolve("reading list.bib");
        Files.createDirectories(target.getParent());
        robot.interact(() -> window.exportTo(ExportFormat.BIBTEX, false, target));
        waitUntil(() -> notice(robot) != null);
        assertThat(notice(robot)).isEqualTo("Exported 50 papers to " + target.toAbsolutePath() + ".");
        assertThat(Files.readString(target)).startsWith("@misc{").contains("LowFER");
        clickNoticeButton(robot, "Show in folder");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(target.getParent().toUri().toString());
        assertThat(opened.get(0)).startsWith("file:///").endsWith("/exports/");
    }

    @Test
    void aFolderThatCannotBeOpenedIsSaidSo(FxRobot robot) throws Exception {
        opener = url -> {
            throw new IllegalStateException("no file manager is installed");
        };
        waitUntil(() -> table(robot).getItems().size() == 50);
        select(robot, "LowFER");
        Path target = dir.resolve("one.json");
        robot.interact(() -> window.exportTo(ExportFormat.JSON, true, target));
        waitUntil(() -> notice(robot) != null);
        assertThat(notice(robot)).isEqualTo("Exported 1 paper to " + target.toAbsolutePath() + ".");
        clickNoticeButton(robot, "Show in folder");
        waitUntil(() -> notice(robot) != null && notice(robot).startsWith("Could not"));
        assertThat(notice(robot)).isEqualTo("Could not open the folder " + dir.toAbsolutePath()
                + " (no file manager is installed).");
        assertThat(robot.lookup("#notice").query().getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("warning"));
    }
}
