package io.papershelf.ui.stats;

import static io.papershelf.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.common.Theme;

/**
 * Right-click a chart, Save image as PNG…: the chart as drawn, in a PNG file, and a notice says where. The weekly
 * charts' top value has room above it.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {
    @TempDir
    static Path dir;
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private Library library;
    private FxBackgroundExecutor executor;
    private StatisticsViewModel vm;

    /** The library opened here, on the test's thread; the view built and shown on the FX thread. */
    @BeforeEach
    void start() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        executor = new FxBackgroundExecutor();
        vm = new StatisticsViewModel(library, executor, new StatisticsViewModel.Navigator() {
            @Override
            public void showTag(String tag) {
            }

            @Override
            public void showOrganization(String organization) {
            }
        }, notices::add, e -> { });
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            StatisticsView view = new StatisticsView(vm, suggested -> dir.resolve(suggested));
            Scene scene = new Scene(view.node(), 1100, 800);
            Theme.apply(scene, true);
            stage.setScene(scene);
            stage.show();
            vm.show(PaperFilter.ALL, "All papers");
        });
    }

    @AfterEach
    void close() {
        executor.shutdown();
        library.close();
    }

    @Test
    void aChartIsSavedAsAPngOfItsOwnSize(FxRobot robot) throws Exception {
        waitUntil(() -> vm.statsProperty().get() != null);
        Node chart = robot.lookup("#stats-weekly").query();
        robot.interact(() -> {
            Bounds s = chart.localToScene(chart.getBoundsInLocal());
            Bounds b = chart.localToScreen(chart.getBoundsInLocal());
            chart.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, s.getCenterX(), s.getCenterY(),
                    b.getCenterX(), b.getCenterY(), false, new PickResult(chart, s.getCenterX(), s.getCenterY())));
        });
        waitUntil(() -> robot.lookup("Save image as PNG…").tryQuery().isPresent());
        robot.clickOn("Save image as PNG…");
        Path png = dir.resolve("papershelf-weekly.png");
        waitUntil(() -> !notices.isEmpty());
        assertThat(notices.get(0).message()).isEqualTo("Saved the chart as " + png.toAbsolutePath() + ".");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getHeight()));
        // The dark theme's background, not white: the image reads like the window.
        int corner = image.getRGB(2, 2);
        assertThat((corner >> 16 & 0xff) + (corner >> 8 & 0xff) + (corner & 0xff)).isLessThan(3 * 80);
    }

    @Test
    void theWeeksTopValueHasRoomAboveIt(FxRobot robot) throws Exception {
        waitUntil(() -> vm.statsProperty().get() != null);
        for (String id : List.of("#stats-backlog", "#stats-weekly")) {
            XYChart<?, ?> chart = robot.lookup(id).queryAs(XYChart.class);
            NumberAxis axis = (NumberAxis) chart.getYAxis();
            waitUntil(() -> axis.getHeight() > 100);
            // All 50 papers were added this week, none read: 50 is the top of both charts.
            double fromTop = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> axis.getDisplayPosition(50)).get();
            assertThat(fromTop).as(id + ": the top value's distance from the chart's top edge").isGreaterThanOrEqualTo(10);
        }
    }
}
