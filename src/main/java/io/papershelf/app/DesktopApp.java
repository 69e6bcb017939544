package io.papershelf.app;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import io.papershelf.cli.AppVersion;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryLocation;
import io.papershelf.library.Preferences;
import io.papershelf.ui.FxBackgroundExecutor;
import io.papershelf.ui.FxDebouncer;
import io.papershelf.ui.MainWindow;

/**
 * The desktop application: the composition root that opens the library, builds the window with its
 * services, switches libraries and closes everything in order.
 */
public final class DesktopApp extends Application implements MainWindow.AppActions {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private Stage stage;
    private Library library;
    private FxBackgroundExecutor executor;
    private MainWindow window;
    private Preferences prefs;

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        this.prefs = new Preferences(LibraryLocation.dataFolder().resolve("settings"));
        List<String> args = getParameters().getRaw();
        Path option = args.size() == 2 && args.get(0).equals("--library") ? Path.of(args.get(1)) : null;
        openLibrary(LibraryLocation.resolve(option));
    }

    @Override
    public void openLibrary(Path file) {
        Library next;
        try {
            next = Library.open(file);
        } catch (LibraryException e) {
            LOG.warn("Cannot open library {}", file, e);
            if (library == null) {
                offerAnotherLibrary(e.getMessage());
            } else {
                alert(e.getMessage());
            }
            return;
        }
        closeCurrent();
        library = next;
        executor = new FxBackgroundExecutor();
        window = new MainWindow(stage, new MainWindow.Services(library, executor, FxDebouncer::new,
                url -> getHostServices().showDocument(url), prefs, AppVersion.version(), this));
        window.show();
        StartupProbe.watch(window);
    }

    private void offerAnotherLibrary(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("Papershelf");
        a.setHeaderText("The library cannot be opened");
        a.setContentText(message);
        ButtonType choose = new ButtonType("Open another library…", ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType("Create a new library…", ButtonBar.ButtonData.OTHER);
        a.getButtonTypes().setAll(choose, fresh, ButtonType.CLOSE);
        var answer = a.showAndWait().orElse(ButtonType.CLOSE);
        if (answer == ButtonType.CLOSE) {
            Platform.exit();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papershelf library", "*.db"));
        var f = answer == choose ? chooser.showOpenDialog(null) : chooser.showSaveDialog(null);
        if (f == null) {
            Platform.exit();
        } else {
            openLibrary(f.toPath());
        }
    }

    private void alert(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(stage);
        a.setHeaderText("The library cannot be opened");
        a.showAndWait();
    }

    private void closeCurrent() {
        if (window != null) {
            window.saveAndClose();
            window = null;
        }
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
        if (library != null) {
            library.close();
            library = null;
        }
    }

    @Override
    public void quit() {
        closeCurrent();
        Platform.exit();
    }

    @Override
    public void stop() {
        closeCurrent();
    }
}
