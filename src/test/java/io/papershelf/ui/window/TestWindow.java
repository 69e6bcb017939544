package io.papershelf.ui.window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.FxDebouncer;
import io.papershelf.ui.common.LinkOpener;

/**
 * The real window on a library in a temporary folder, opened and closed as the app does it: the library and the
 * settings are read and written on the test's thread, the window is built, shown and closed on the FX thread, which
 * never waits ({@code FxThreadIoGuard} fails the test otherwise). Links it opens are recorded in {@link #opened}
 * unless another opener is given. Call every method from the test's thread.
 */
final class TestWindow {
    /** What only the app can do: the tests' window asks nothing of it. */
    static final MainWindow.AppActions NO_APP = new MainWindow.AppActions() {
        @Override
        public void openLibrary(Path file) {
        }

        @Override
        public void quit() {
        }
    };

    final Path dir;
    final Path file;
    final List<String> opened = new CopyOnWriteArrayList<>();
    private final Stage stage;
    private final LinkOpener links;
    private final MainWindow.AppActions app;
    private final Preferences prefs;
    Library library;
    MainWindow window;
    private FxBackgroundExecutor executor;
    /** How the window's pauses (the note's autosave...) are made; set before {@link #show()}. */
    Debouncer.Factory debouncers = FxDebouncer::new;

    /** The window on {@code dir/library.db} (opened here), links recorded, nothing asked of the app; shown. */
    static TestWindow open(Path dir) throws Exception {
        return open(dir, null, null);
    }

    /** The same with the links and the app's actions given (null: recorded, none), on {@code dir/library.db}. */
    static TestWindow open(Path dir, LinkOpener links, MainWindow.AppActions app) throws Exception {
        TestWindow w = new TestWindow(FxToolkit.registerPrimaryStage(), dir, dir.resolve("library.db"), links, app);
        w.library = Library.open(w.file);
        w.show();
        return w;
    }

    /** A window not shown yet on a library opened by the test ({@link #show()} shows it). */
    static TestWindow on(Library library, Path dir, LinkOpener links, MainWindow.AppActions app) throws Exception {
        TestWindow w = new TestWindow(FxToolkit.registerPrimaryStage(), dir, library.file(), links, app);
        w.library = library;
        return w;
    }

    private TestWindow(Stage stage, Path dir, Path file, LinkOpener links, MainWindow.AppActions app) {
        this.stage = stage;
        this.dir = dir;
        this.file = file;
        this.links = links != null ? links : opened::add;
        this.app = app != null ? app : NO_APP;
        this.prefs = new Preferences(dir.resolve("settings"));
    }

    /** Reads the remembered layout here, then builds and shows the window on the FX thread. */
    void show() throws Exception {
        WindowState remembered = new WindowStateStore(prefs).load();
        executor = new FxBackgroundExecutor();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, new MainWindow.Services(library, executor, debouncers, links, prefs,
                    "test", app), remembered);
            window.show();
        });
    }

    /**
     * What quitting does in the app: the window saves what was typed (failing the test if it cannot), hands over its
     * layout and hides; then, here, the background work ends, the layout is saved and the library closed.
     */
    void close() throws Exception {
        if (window == null) {
            return; // never shown: the test has failed already
        }
        CompletableFuture<WindowState> closed = new CompletableFuture<>();
        Platform.runLater(() -> window.close(layout -> {
            stage.hide();
            closed.complete(layout);
        }));
        WindowState layout = closed.get(15, TimeUnit.SECONDS);
        window = null;
        executor.shutdown();
        if (!executor.awaitTermination(Duration.ofSeconds(15))) {
            throw new AssertionError("the window's background work did not end");
        }
        new WindowStateStore(prefs).save(layout);
        library.close();
    }

    /** Closes the window and opens a new one on the same file (what a restart shows). */
    void reopen() throws Exception {
        close();
        library = Library.open(file);
        show();
    }

    MainViewModel vm() {
        return window.viewModel();
    }

    Stage stage() {
        return stage;
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
