package io.papershelf.ui.window;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import io.papershelf.library.Preferences;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.UiState;

/**
 * Ended by SIGTERM (a logout, {@code kill}) instead of closed, the window still remembers its columns (order, widths)
 * and sort: the shutdown hook the window installs when it shows writes the layout last taken.
 */
class LayoutOnExitWindowTest extends WindowTestBase {

    @Test
    void theShutdownHookSavesTheColumnsTheSortAndTheNote(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 50);
        robot.interact(() -> {
            TableView<PaperRow> t = table(robot);
            TableColumn<PaperRow, ?> byline = column(t, "byline");
            TableColumn<PaperRow, ?> published = column(t, "published");
            List<TableColumn<PaperRow, ?>> order = new ArrayList<>(t.getColumns());
            order.remove(byline);
            order.add(order.indexOf(published) + 1, byline); // "By" dragged after "Published"
            t.getColumns().setAll(order);
            published.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(published));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = ids(table(robot));
        double titleWidth = column(table(robot), "title").getWidth();

        LayoutOnExit onExit = window.layoutOnExit();
        assertThat(Runtime.getRuntime().removeShutdownHook(onExit.hook())).as("the hook is installed").isTrue();
        onExit.save(); // as the hook runs it: off the FX thread, the FX thread asked nothing

        UiState.TableLayout saved = new WindowStateStore(new Preferences(dir.resolve("settings"))).load().table();
        assertThat(saved.columns()).extracting(UiState.TableLayout.Column::id).containsExactlyElementsOf(shown);
        assertThat(saved.columns()).filteredOn(c -> c.id().equals("title")).singleElement()
                .satisfies(c -> assertThat(c.width()).isEqualTo(titleWidth));
        assertThat(saved.sort()).containsExactly(new UiState.TableLayout.Sort("published", false));
    }

    private static TableColumn<PaperRow, ?> column(TableView<PaperRow> t, String id) {
        return t.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static List<String> ids(TableView<PaperRow> t) {
        return t.getColumns().stream().map(TableColumn::getId).toList();
    }
}
