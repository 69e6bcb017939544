package io.papershelf.ui.window;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's layout (the columns' order, widths and sort, the dividers, the window's size...) saved when the
 * process is ended without the window being closed: SIGTERM from a logout, a service manager or {@code kill}. The
 * shutdown hooks run beside JavaFX's own, which stops the FX thread's work, so the hook cannot ask the window then:
 * the window's layout is taken as it changes instead (a column or the sort, the window moved or resized, any click or
 * key, which is how dividers, the theme and the rest change), on the FX thread at most once a pulse, and the hook
 * writes the last one taken with the {@link WindowStateStore} on its own thread. Closing the window the ordinary way
 * removes the hook first: that path saves the layout itself.
 */
final class LayoutOnExit {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutOnExit.class);

    private final Supplier<WindowState> layout;
    private final WindowStateStore store;
    private final AtomicReference<WindowState> latest = new AtomicReference<>();
    private final ExitHook hook = new ExitHook("papershelf-layout-on-exit", this::save);
    private final InvalidationListener changed = o -> takeSoon();
    private boolean taking;

    /** {@code layout}: what the window would remember now (FX thread, no files). */
    LayoutOnExit(Supplier<WindowState> layout, WindowStateStore store) {
        this.layout = layout;
        this.store = store;
    }

    /** Follows the shown window's changes and installs the hook (FX thread). */
    void install(Stage stage, TableView<?> table) {
        stage.getScene().addEventFilter(MouseEvent.MOUSE_RELEASED, e -> takeSoon());
        stage.getScene().addEventFilter(KeyEvent.KEY_RELEASED, e -> takeSoon());
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty())) {
            p.addListener(changed);
        }
        table.getColumns().addListener(changed);
        table.getSortOrder().addListener(changed);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.widthProperty().addListener(changed);
            c.visibleProperty().addListener(changed);
            c.sortTypeProperty().addListener(changed);
        }
        takeSoon();
        hook.install();
    }

    /** The window closes the ordinary way: that path saves the layout. */
    void remove() {
        hook.remove();
    }

    /** The hook (for tests: to see it is installed). */
    Thread hook() {
        return hook.thread();
    }

    /** Once this pulse's changes are done, the layout they make. */
    private void takeSoon() {
        if (!taking) {
            taking = true;
            Platform.runLater(() -> {
                taking = false;
                latest.set(layout.get());
            });
        }
    }

    /** What the hook does, on its own thread: writes the last layout taken. */
    void save() {
        WindowState last = latest.get();
        if (last == null) {
            return;
        }
        try {
            store.save(last);
        } catch (RuntimeException e) {
            LOG.warn("The window's layout could not be saved on exit", e);
        }
    }
}
