package io.papershelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import io.papershelf.cli.AppVersion;
import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryLocation;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.library.LibraryRestore;
import io.papershelf.library.Preferences;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;
import io.papershelf.ui.window.MainWindow;

/**
 * The desktop application: the composition root that opens the library, builds the window with its
 * services, switches libraries and closes everything in order. It holds the library's lock while the
 * window shows it, takes the day's backup in the background, and when a library cannot be used offers
 * the way out: the latest backup, another library, a new one.
 */
public final class DesktopApp extends Application implements MainWindow.AppActions {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Path dataFolder;
    private final Clock clock;
    private final Runnable exit;
    private final Path libraryOption;
    private Stage stage;
    private Library library;
    private LibraryLock lock;
    private Path lockedFile;
    private FxBackgroundExecutor executor;
    private MainWindow window;
    private Preferences prefs;
    private Backups backups;
    private Thread backupThread;
    private FilesToOpen filesToOpen = new FilesToOpen(List.of());
    /**
     * How long after the window opens the day's backup starts: compressing it takes a core for up to a minute at
     * 100,000 papers, which must not compete with loading the list (docs/performance.md, Backups).
     */
    private final Duration backupDelay;

    public DesktopApp() {
        this(null, Clock.systemDefaultZone(), Platform::exit, null, Duration.ofSeconds(20));
    }

    /** With the data folder (settings, backups), the clock, what quitting does and the library given, for tests. */
    DesktopApp(Path dataFolder, Clock clock, Runnable exit, Path library) {
        this(dataFolder, clock, exit, library, Duration.ZERO);
    }

    private DesktopApp(Path dataFolder, Clock clock, Runnable exit, Path library, Duration backupDelay) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.exit = exit;
        this.libraryOption = library;
        this.backupDelay = backupDelay;
    }

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Path data = dataFolder != null ? dataFolder : LibraryLocation.dataFolder();
        this.prefs = new Preferences(data.resolve("settings"));
        this.backups = Backups.inDataFolder(data, clock);
        Path option = libraryOption;
        if (getParameters() != null) {
            Optional<OpenWith> request = OpenWith.parse(getParameters().getRaw().toArray(String[]::new));
            if (option == null) {
                option = request.map(OpenWith::library).orElse(null);
            }
            filesToOpen = new FilesToOpen(request.map(OpenWith::files).orElse(List.of()));
        }
        Path file = LibraryLocation.resolve(option);
        // After start returns, so that a question about the library never holds up the toolkit.
        Platform.runLater(() -> openLibrary(file));
    }

    @Override
    public void openLibrary(Path file) {
        Path target = file.toAbsolutePath();
        boolean locked = lock != null && target.equals(lockedFile);
        LibraryLock nextLock = null;
        Library next;
        try {
            if (!locked) {
                nextLock = LibraryLock.acquire(target);
            }
            next = Library.open(target, clock, backups);
        } catch (LibraryOpenException e) {
            if (nextLock != null) {
                nextLock.close();
            }
            LOG.warn("Cannot open library {}", target, e);
            if (e.problem() == LibraryOpenException.Problem.IN_USE && library == null && filesToOpen.any()) {
                // Another window is opening this library this very moment: it takes the files once it listens.
                filesToOpen.handOverLater(target, this::quit, () -> cannotOpen(e));
            } else {
                cannotOpen(e);
            }
            return;
        }
        closeCurrent(locked);
        if (!locked) {
            lock = nextLock;
            lockedFile = target;
            filesToOpen.listen(target);
        }
        library = next;
        executor = new FxBackgroundExecutor();
        window = new MainWindow(stage, new MainWindow.Services(library, executor, FxDebouncer::new,
                new DesktopBrowser(getHostServices()), prefs, AppVersion.version(), this));
        window.show();
        StartupProbe.watch(window);
        startDailyBackup(target);
        filesToOpen.deliverTo(window);
    }

    private LibraryProblemDialogs dialogs() {
        return new LibraryProblemDialogs(window == null ? null : stage, clock.getZone());
    }

    private void cannotOpen(LibraryOpenException e) {
        Optional<Backups.Backup> latest = e.problem().restorable() ? backups.latest(e.file()) : Optional.empty();
        switch (dialogs().cannotOpen(e, latest, library == null)) {
            case RESTORE_LATEST -> restore(e.file(), latest.orElseThrow().file(), LibraryRestore.reasonFor(e.problem()));
            case OPEN_ANOTHER -> chooseLibrary(false);
            case CREATE_NEW -> chooseLibrary(true);
            case QUIT -> quit();
            case CANCEL -> { }
        }
    }

    private void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papershelf library", "*.db"));
        var f = create ? chooser.showSaveDialog(window == null ? null : stage)
                : chooser.showOpenDialog(window == null ? null : stage);
        if (f != null) {
            openLibrary(f.toPath());
        } else if (library == null) {
            quit();
        }
    }

    @Override
    public List<Backups.Summary> backups(Path file) {
        return backups.summaries(file);
    }

    @Override
    public void restoreBackup(Path backup) {
        if (library != null) {
            restore(library.file(), backup, LibraryRestore.Reason.BEFORE_RESTORE);
        }
    }

    /**
     * Puts a backup in the library's place and opens it. The open library is closed first (its lock is
     * kept, so no other window can take the file meanwhile); the file that was there is kept beside it.
     */
    private void restore(Path file, Path backup, LibraryRestore.Reason reason) {
        Path target = file.toAbsolutePath();
        boolean current = lock != null && target.equals(lockedFile);
        LibraryLock temporary = null;
        try {
            if (current) {
                closeCurrent(true);
            } else {
                temporary = LibraryLock.acquire(target);
            }
            LibraryRestore.Restored restored = LibraryRestore.restore(target, backup, reason, clock);
            if (temporary != null) {
                temporary.close();
                temporary = null;
            }
            openLibrary(target);
            if (library != null) {
                dialogs().inform("The backup was restored", restored.summary());
            }
        } catch (LibraryException e) {
            LOG.warn("Restoring {} from {} failed", target, backup, e);
            if (temporary != null) {
                temporary.close();
            }
            dialogs().error("The backup could not be restored", e.getMessage());
            if (current) {
                openLibrary(target); // the library is as it was: show it again
            }
        }
    }

    /** The day's backup, away from the window's work; a damaged library found here is offered a restore. */
    private void startDailyBackup(Path file) {
        Backups b = backups;
        Duration delay = backupDelay;
        backupThread = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                b.dailyIfDue(file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the window closed first: the next start takes it
            } catch (LibraryOpenException e) {
                LOG.warn("The daily backup found {} damaged", file, e);
                Platform.runLater(() -> damagedWhileOpen(file, e));
            } catch (LibraryException e) {
                LOG.warn("The daily backup of {} failed", file, e);
                Platform.runLater(() -> {
                    if (window != null) {
                        dialogs().error("The daily backup was not taken", e.getMessage());
                    }
                });
            }
        }, "papershelf-backup");
        backupThread.setDaemon(true);
        backupThread.start();
    }

    private void damagedWhileOpen(Path file, LibraryOpenException e) {
        if (library == null || !library.file().equals(file)) {
            return;
        }
        Optional<Backups.Backup> latest = backups.latest(file);
        if (latest.isEmpty()) {
            dialogs().error("The library looks damaged", e.getMessage() + " There is no automatic backup of it yet; "
                    + "export what can still be read with File > Export….");
        } else if (dialogs().damagedWhileOpen(e.getMessage(), latest.get()) == LibraryProblemDialogs.Choice.RESTORE_LATEST) {
            restore(file, latest.get().file(), LibraryRestore.Reason.DAMAGED);
        }
    }

    /** Waits for the day's backup (tests). */
    void awaitBackup() throws InterruptedException {
        Thread t = backupThread;
        if (t != null) {
            t.join(30_000);
        }
    }

    private void closeCurrent(boolean keepLock) {
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
        filesToOpen.deliverTo(null);
        if (!keepLock) {
            filesToOpen.stopListening();
        }
        if (!keepLock && lock != null) {
            lock.close();
            lock = null;
            lockedFile = null;
        }
    }

    @Override
    public void quit() {
        closeCurrent(false);
        exit.run();
    }

    @Override
    public void stop() {
        closeCurrent(false);
    }
}
