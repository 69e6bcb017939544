package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;

/**
 * "For you" in the real window, keys only where the user has keys: on the fresh daily sample the For you order
 * says in one line that there is too little to learn from and orders by upvotes, then date; five
 * recommender-system papers tagged with the keyboard make the column and its bars appear with the tagged papers
 * first; the tag's "More like this" puts the closest untagged paper first and Alt+A tags it; the detail pane
 * suggests the tag for a paper like them and Alt+1 adds it; the order is remembered across a restart.
 */
class ForYouWindowTest extends WindowTestBase {
    private static final List<String> RECSYS = List.of("Joint Evaluation of Fairness", "Personalized Denoising",
            "Memorize, Factorize", "Debiased Collaborative Filtering", "Unbiased Learning to Rank");
    private static final String COLD = "Not enough to learn from yet: 0 of 5 papers read or tagged; ordered by upvotes, "
            + "then date.";

    private static final String WAITING = "A new For you order is ready: Ctrl+Shift+Y puts the list in it. Until then "
            + "the papers keep their places.";

    private static void key(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
    }

    private static String line(FxRobot robot) {
        Label l = robot.lookup("#ranking-line").queryAs(Label.class);
        return l.isVisible() && l.getScene() != null && robot.lookup("#ranking-bar").query().isVisible() ? l.getText() : "";
    }

    private TableColumn<PaperRow, ?> forYouColumn(FxRobot robot) {
        return table(robot).getColumns().stream().filter(c -> "foryou".equals(c.getId())).findFirst().orElseThrow();
    }

    private boolean tagged(String titleStart, String tag) {
        try {
            return library.rows(PaperFilter.ALL.withTag(tag)).stream().anyMatch(r -> r.title().startsWith(titleStart));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Finds a paper by typing in the search, then tags it with T, all by keyboard. */
    private void tagByKeyboard(FxRobot robot, String titleStart, String tag) throws Exception {
        key(robot, KeyCode.SLASH);
        waitUntil(() -> robot.lookup("#search").query().isFocused());
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(titleStart);
        waitUntil(() -> table(robot).getItems().size() >= 1 && table(robot).getItems().get(0).title().startsWith(titleStart));
        key(robot, KeyCode.ENTER);
        waitUntil(() -> table(robot).isFocused() && selected(robot) != null && selected(robot).title().startsWith(titleStart));
        key(robot, KeyCode.T);
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        robot.write(tag);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> tagged(titleStart, tag));
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
    }

    /** The score bar of the top row, or null before it shows. */
    private static Node firstBar(FxRobot robot) {
        return robot.lookup(".ps-score-fill").queryAll().stream()
                .filter(n -> n.getParent() != null && n.getParent().getParent() instanceof TableCell<?, ?> c
                        && c.getIndex() == 0 && c.isVisible())
                .findFirst().orElse(null);
    }

    private List<Long> ids(FxRobot robot) {
        return table(robot).getItems().stream().map(PaperRow::id).toList();
    }

    private static PaperRow selected(FxRobot robot) {
        return TestWindow.selected(robot);
    }

    @Test
    void learnsFromFiveTaggedPapersAndSuggestsTheTag(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> table(robot).requestFocus());
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        waitUntil(() -> line(robot).equals(COLD));
        assertThat(forYouColumn(robot).isVisible()).as("no scores that mean nothing").isFalse();
        List<PaperRow> cold = List.copyOf(table(robot).getItems());
        assertThat(cold).extracting(PaperRow::upvotes).isSortedAccordingTo((a, b) ->
                Integer.compare(b == null ? Integer.MIN_VALUE : b, a == null ? Integer.MIN_VALUE : a));

        for (String title : RECSYS) {
            tagByKeyboard(robot, title, "recsys");
        }
        key(robot, KeyCode.SLASH);
        waitUntil(() -> robot.lookup("#search").query().isFocused());
        key(robot, KeyCode.ESCAPE); // the search cleared: every paper again
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        waitUntil(() -> table(robot).getItems().size() == 50);
        // The last paper tagged is still selected, below the first: a new order waits for the user (the test below),
        // and picking the order again takes it, whenever the training ends.
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        try {
            waitUntil(() -> forYouColumn(robot).isVisible() && line(robot).isEmpty());
        } catch (Exception e) {
            var r = window.viewModel().list().ranking().rankingProperty().get();
            throw new AssertionError("line " + line(robot) + " visible " + forYouColumn(robot).isVisible() + " state "
                    + r.forYou().state() + " " + r.forYou().positives() + " tags " + library.rows(PaperFilter.ALL.withTag("recsys")).size(), e);
        }
        List<PaperRow> ranked = List.copyOf(table(robot).getItems());
        assertThat(ranked.subList(0, 5)).extracting(PaperRow::tags).allMatch(t -> t.contains("recsys"));
        // Best first is the most first: the column's arrow points down, as on a column of numbers sorted most first.
        assertThat(forYouColumn(robot).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        waitUntil(() -> firstBar(robot) != null && firstBar(robot).getBoundsInLocal().getWidth() > 20);
        Node firstBar = firstBar(robot);
        robot.moveTo(firstBar); // hovering the score names the terms that drove it
        waitUntil(() -> robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).anyMatch(t -> t.startsWith("More like what you read or tagged than ")
                        && t.contains("\nMost of it from: ")));
        robot.moveTo(robot.lookup("#search").<Node>query()); // the tooltip goes

        // Working down the list: a paper marked read (Space) trains the model again, and then once more when it is
        // marked unread; the rows keep their places meanwhile, so the next paper is still the one below.
        List<Long> order = ids(robot);
        PaperRow worked = table(robot).getItems().get(10);
        assertThat(worked.tags()).isEmpty();
        select(robot, worked.title());
        for (int positives : new int[] {6, 5}) {
            key(robot, KeyCode.SPACE);
            waitUntil(() -> window.viewModel().list().ranking().rankingProperty().get().forYou().positives() == positives);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ids(robot)).as("the order after a training with %d papers", positives).isEqualTo(order);
        }

        robot.interact(() -> window.viewModel().sidebar().selectTag("recsys"));
        waitUntil(() -> table(robot).getItems().size() == 5);
        waitUntil(() -> robot.lookup("#more-like-this").query().isVisible());
        robot.interact(() -> table(robot).requestFocus());
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> table(robot).getItems().size() == 45);
        waitUntil(() -> line(robot).equals("More like \u201crecsys\u201d: papers without it, most like its 5 first."));
        PaperRow best = table(robot).getItems().get(0);
        assertThat(best.title()).startsWith("Measuring Individual User Fairness");
        assertThat(selected(robot)).isEqualTo(best);
        PaperRow second = table(robot).getItems().get(1);
        key(robot, KeyCode.T); // T still opens the tag field here
        waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> table(robot).isFocused());
        key(robot, KeyCode.ALT, KeyCode.A);
        waitUntil(() -> tagged("Measuring Individual User Fairness", "recsys"));
        waitUntil(() -> table(robot).getItems().size() == 44 && second.equals(selected(robot)));

        robot.interact(() -> window.viewModel().sidebar().selectView(io.papershelf.ui.sidebar.SidebarItem.View.ALL));
        waitUntil(() -> table(robot).getItems().size() == 50 && window.viewModel().list().ranking().likeTagProperty().get() == null);
        String suggested = "Exploring the cloud of feature interaction scores";
        select(robot, suggested);
        waitUntil(() -> robot.lookup("#your-tag-1").tryQuery().map(n -> n.isVisible()
                && "recsys".equals(((Button) n).getText())).orElse(false));
        key(robot, KeyCode.ALT, KeyCode.DIGIT1);
        waitUntil(() -> tagged(suggested, "recsys"));
        waitUntil(() -> robot.lookup("#your-tag-1").tryQuery().isEmpty());

        reopen(robot);
        waitUntil(() -> table(robot).getItems().size() == 50);
        assertThat(table(robot).getSortOrder()).extracting(TableColumn::getId).containsExactly("foryou");
        waitUntil(() -> forYouColumn(robot).isVisible());
        assertThat(table(robot).getItems().get(0).tags()).contains("recsys");
    }

    /**
     * The first training comes after the fifth paper read or tagged, while the user is working down the list in the
     * cold order: the rows keep their places (the next paper is still the one below), the line above the list says
     * a new order is ready, and Ctrl+Shift+Y puts the list in it, from its top.
     */
    @Test
    void aNewOrderWaitsWhileTheUserWorksDownTheList(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> table(robot).requestFocus());
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        waitUntil(() -> line(robot).equals(COLD));
        List<Long> cold = ids(robot);
        for (String title : RECSYS) { // tagged where they are in the cold order: T, the tag, Enter, Esc
            select(robot, title);
            robot.interact(() -> table(robot).requestFocus());
            key(robot, KeyCode.T);
            waitUntil(() -> robot.lookup("#tag-input").query().isFocused());
            robot.write("recsys");
            key(robot, KeyCode.ENTER);
            waitUntil(() -> tagged(title, "recsys"));
            key(robot, KeyCode.ESCAPE);
            waitUntil(() -> table(robot).isFocused());
        }
        key(robot, KeyCode.J); // on down the list: whichever paper was tagged last, one below the first is selected
        waitUntil(() -> table(robot).getSelectionModel().getSelectedIndex() > 0);
        PaperRow inHand = selected(robot);

        waitUntil(() -> window.viewModel().list().ranking().rankingProperty().get().forYou().ready());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> line(robot).equals(WAITING));
        assertThat(ids(robot)).as("the rows where they were").isEqualTo(cold);
        assertThat(selected(robot)).isEqualTo(inHand);

        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        waitUntil(() -> line(robot).isEmpty() && !ids(robot).equals(cold));
        assertThat(table(robot).getItems().subList(0, 5)).extracting(PaperRow::tags).allMatch(t -> t.contains("recsys"));
        waitUntil(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
    }
}
