package io.papershelf.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;

import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;

/** The real window on a library in a temporary folder, the links it opens recorded, for the window tests. */
final class TestWindow {
    final Library library;
    final MainWindow window;
    final List<String> opened = new CopyOnWriteArrayList<>();
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    /** The window at 1280×800, the size the screenshots and the triage test use (FX thread, as {@code @Start}). */
    static TestWindow at1280x800(Stage stage, Path dir) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(800);
        return new TestWindow(stage, dir);
    }

    /** Closes the window on the FX thread and waits for it (from a test's {@code @AfterEach}). */
    void closeAndWait() {
        javafx.application.Platform.runLater(this::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the window (call on the FX thread, as {@code @Start} does). */
    TestWindow(Stage stage, Path dir) throws Exception {
        library = Library.open(dir.resolve("library.db"));
        window = new MainWindow(stage, new MainWindow.Services(library, executor, FxDebouncer::new, opened::add,
                new Preferences(dir.resolve("settings")), "test", new MainWindow.AppActions() {
                    @Override
                    public void openLibrary(Path file) {
                    }

                    @Override
                    public void quit() {
                    }
                }));
        window.show();
    }

    /** What quitting does in the app: save the window, finish background work, close the library (FX thread). */
    void close() {
        window.saveAndClose();
        executor.shutdown();
        library.close();
    }

    MainViewModel vm() {
        return window.viewModel();
    }

    @SuppressWarnings("unchecked")
    static TableView<PaperRow> table(FxRobot robot) {
        return robot.lookup("#paper-table").queryAs(TableView.class);
    }

    static PaperRow selected(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItem();
    }

    static String detailTitle(FxRobot robot) {
        return robot.lookup("#detail-title").queryAs(StyleClassedTextArea.class).getText();
    }
}
