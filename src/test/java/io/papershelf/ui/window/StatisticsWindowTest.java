package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.sidebar.SidebarItem;

/**
 * The statistics in the window: View > Statistics shows them for what the list showed (or the whole library),
 * a click on a tag's or an organisation's bar shows its papers in the list, they follow changes at once, and a
 * view with too few papers gets a sentence instead of empty axes.
 */
class StatisticsWindowTest extends WindowTestBase {
    @Override
    void prepare(Library library) throws Exception {
        List<Long> ids = library.rows(io.papershelf.model.PaperFilter.ALL).stream().map(PaperRow::id).toList();
        library.addTag(ids.subList(0, 6), "agents");
        library.addTag(ids.subList(6, 8), "vision");
        library.setRead(ids.subList(0, 2), true);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Node bar(FxRobot robot, String chart, String name) {
        return robot.lookup(chart + " .chart-bar").match(n -> name.equals(n.getUserData())).query();
    }

    private void openStatistics(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("#menu-statistics");
        assertShown(robot, "#statistics");
        waitUntil(() -> !window.viewModel().statistics().loadingProperty().get());
        assertThat(robot.lookup("#paper-table").tryQuery()).as("the list makes room").isEmpty();
    }

    @Test
    void showsTheNumbersAndAClickOnATagsBarShowsItsPapers(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        openStatistics(robot);
        assertThat(text(robot, "#stats-papers")).isEqualTo("50");
        assertThat(text(robot, "#stats-read")).isEqualTo("2 · 4%");
        assertThat(text(robot, "#stats-code")).isEqualTo("20%");
        assertThat(robot.lookup("#stats-message").query().isVisible()).isFalse();
        assertThat(robot.lookup("#stats-scope-view").query().getParent().isVisible()).as("nothing to choose: all papers").isFalse();

        robot.clickOn(bar(robot, "#stats-tags", "agents"));
        waitUntil(() -> window.viewModel().sidebar().selectedProperty().get() instanceof SidebarItem.TagItem t
                && t.tag().name().equals("agents"));
        waitUntil(() -> robot.lookup("#paper-table").tryQuery().isPresent() && table(robot).getItems().size() == 6);
        assertThat(table(robot).getItems()).allMatch(r -> r.tags().contains("agents"));
        assertThat(robot.lookup("#statistics").tryQuery()).isEmpty();
    }

    @Test
    void aClickOnAnOrganisationsBarShowsItsPapersUnderItsOwnSidebarItem(FxRobot robot) throws Exception {
        openStatistics(robot);
        robot.clickOn(bar(robot, "#stats-organizations", "Microsoft Research"));
        waitUntil(() -> robot.lookup("#paper-table").tryQuery().isPresent() && table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("The Collaboration Gap");
        assertThat(window.viewModel().sidebar().selectedProperty().get())
                .isEqualTo(new SidebarItem.OrganizationItem("Microsoft Research"));
        assertThat(sidebarCell(robot, "Microsoft Research").getTooltip().getText()).isEqualTo("Microsoft Research");
    }

    @Test
    void theyAreOfTheViewTheListShowedOrOfTheWholeLibraryAndFollowChanges(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().sidebar().selectTag("agents"));
        waitUntil(() -> table(robot).getItems().size() == 6);
        openStatistics(robot);
        assertThat(text(robot, "#stats-papers")).isEqualTo("6");
        assertThat(robot.lookup("#stats-scope-view").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("agents");
        robot.clickOn("#stats-scope-library");
        waitUntil(() -> "50".equals(text(robot, "#stats-papers")));

        // A paper marked read while they show: the numbers follow without a restart.
        long id = id("LowFER");
        robot.interact(() -> window.viewModel().detail().setRead(List.of(id), true));
        waitUntil(() -> "3 · 6%".equals(text(robot, "#stats-read")));
        assertThat(library.counts().read()).isEqualTo(3);

        // Back in the list, the view it showed is still there.
        robot.interact(() -> window.viewModel().sidebar().selectTag("agents"));
        waitUntil(() -> robot.lookup("#paper-table").tryQuery().isPresent() && table(robot).getItems().size() == 6);
    }

    @Test
    void tooFewPapersGetASentenceNotEmptyAxes(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().sidebar().selectTag("vision"));
        waitUntil(() -> table(robot).getItems().size() == 2);
        openStatistics(robot);
        assertThat(text(robot, "#stats-message")).isEqualTo("Only 2 papers so far, 0 read. The charts appear from 5 "
                + "papers on.");
        assertThat(robot.lookup("#stats-weekly").query().isVisible() && robot.lookup("#stats-weekly").query()
                .getParent().isVisible()).isFalse();

        robot.interact(() -> window.viewModel().sidebar().selectView(SidebarItem.View.ALL));
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("zzqx-nothing-matches"));
        waitUntil(() -> table(robot).getItems().isEmpty());
        openStatistics(robot);
        assertThat(text(robot, "#stats-message")).startsWith("No papers here yet.");
        assertThat(text(robot, "#stats-papers")).isEqualTo("0");
    }
}
