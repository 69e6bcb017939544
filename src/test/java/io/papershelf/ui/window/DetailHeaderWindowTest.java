package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;

/**
 * A paper the listing gives no authors, organisation or date for (FlexMoRE in the daily sample) has no blank line
 * between its title and its buttons in the detail pane: the empty metadata line takes no room.
 */
class DetailHeaderWindowTest extends WindowTestBase {
    @Test
    void aPaperWithoutMetadataHasNoBlankLineUnderItsTitle(FxRobot robot) throws Exception {
        double withMeta = gap(robot, "Multi-Step Knowledge Interaction");
        double without = gap(robot, "FlexMoRE");
        assertThat(without).as("the gap under a title without a metadata line, beside one with it (%s)", withMeta)
                .isLessThan(withMeta - 10);
    }

    /** From the foot of the title to the top of the read toggle, for this paper. */
    private double gap(FxRobot robot, String titleStart) throws Exception {
        select(robot, titleStart);
        WaitForAsyncUtils.waitForFxEvents();
        Node title = robot.lookup("#detail-title").query();
        Node read = robot.lookup("#read-toggle").query();
        waitUntil(() -> read.getScene() != null);
        return read.localToScene(read.getBoundsInLocal()).getMinY() - title.localToScene(title.getBoundsInLocal()).getMaxY();
    }
}
