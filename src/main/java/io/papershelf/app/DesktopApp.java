package io.papershelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import io.papershelf.cli.AppVersion;
import io.papershelf.library.Backups;
import io.papershelf.library.LibraryLocation;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.library.LibraryRestore;
import io.papershelf.library.Preferences;
import io.papershelf.ui.common.AlertDialogs;
import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;
import io.papershelf.ui.common.Theme;
import io.papershelf.ui.window.MainWindow;
import io.papershelf.ui.window.WindowState;
import io.papershelf.ui.window.WindowStateStore;

/**
 * The desktop application: the composition root that opens the library, builds the window with its services,
 * switches libraries and closes everything in order. The FX thread never waits: {@link LibraryOpening} opens the
 * library on the session's library thread while the layout is read beside it; the library's window shows as soon as
 * both are there, or the stage says what the opening does if it takes more than a moment ({@link OpeningStage});
 * closing saves what was typed first ({@link MainWindow#close}), then the layout, the library and its lock are put
 * away on that thread. It holds the library's lock while a window shows it, takes the day's backup in the background
 * ({@link DailyBackup}), and when a library cannot be used offers the way out: the latest backup, another library,
 * a new one.
 */
public final class DesktopApp extends Application implements MainWindow.AppActions {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Path dataFolder;
    private final Clock clock;
    private final Runnable exit;
    private final Duration backupDelay;
    private final Duration openingViewDelay;
    /** The library's opening the entry point began before JavaFX started, until the window takes it over. */
    private HeadStart headStart;
    private Path libraryOption;
    private FilesToOpen filesToOpen = new FilesToOpen(List.of());
    private Stage stage;
    private Preferences prefs;
    private Backups backups;
    private WindowStateStore stateStore;
    private LibraryOpening opening;
    /** What the stage shows while no library's window does. */
    private OpeningStage openingStage;
    private AlertDialogs taskDialogs;
    /** The remembered layout: null until read (the window waits for it), then what the last window left. */
    private WindowState state;
    /** Opened, waiting for {@link #state} to show its window. */
    private Session ready;
    private Session session;
    /** The library shown before the one being opened, to go back to if that cannot be opened. */
    private Path previous;
    private LibraryLock lock;
    private Path lockedFile;
    private DailyBackup dailyBackup = DailyBackup.NONE;
    /** A library is being opened or closed on a background thread. */
    private boolean busy;
    /** The title while a library opens: the one it will have once open, so the window never changes its name. */
    private String openingTitle = "Papershelf";
    /** Quit was asked for while {@link #busy}: done once that work is. */
    private boolean quitRequested;
    private boolean exited;

    /** A library shown in the window, with the executor whose library thread alone touches it. */
    private record Session(Path file, FxBackgroundExecutor executor, LibraryOpening.Opened opened, MainWindow window) {
        Session with(MainWindow w) {
            return new Session(file, executor, opened, w);
        }
    }

    /**
     * How long a library may take to open before the stage shows "Opening…" instead of waiting for the library's
     * window: about what a quick library takes (docs/performance.md, Start-up).
     */
    static final Duration OPENING_VIEW_DELAY = Duration.ofMillis(250);

    /** The folder of the data folder that holds the preferences. */
    static final String SETTINGS = "settings";

    public DesktopApp() {
        this(null, Clock.systemDefaultZone(), Platform::exit, null, Duration.ofSeconds(20), OPENING_VIEW_DELAY,
                HeadStart.take().orElse(null));
    }

    /**
     * With the data folder (settings, backups), the clock, what quitting does, the library given and how long a
     * library may take to open before "Opening…" shows, for tests.
     */
    DesktopApp(Path dataFolder, Clock clock, Runnable exit, Path library, Duration openingViewDelay) {
        this(dataFolder, clock, exit, library, Duration.ZERO, openingViewDelay, null);
    }

    /** As the entry point starts it: with the library's opening begun before JavaFX started, for tests. */
    DesktopApp(Path dataFolder, Clock clock, Runnable exit, HeadStart headStart, Duration openingViewDelay) {
        this(dataFolder, clock, exit, headStart.library(), Duration.ZERO, openingViewDelay, headStart);
    }

    private DesktopApp(Path dataFolder, Clock clock, Runnable exit, Path library, Duration backupDelay,
                       Duration openingViewDelay, HeadStart headStart) {
        this.openingViewDelay = openingViewDelay;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.exit = exit;
        this.libraryOption = library;
        this.headStart = headStart;
        /*
         * How long after the window opens the day's backup starts: compressing it takes a core for up to a minute at
         * 100,000 papers, which must not compete with loading the list (docs/performance.md, Backups).
         */
        this.backupDelay = backupDelay;
    }

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** On the launcher's thread, before the window: the arguments name files, and looking at them is file work. */
    @Override
    public void init() {
        if (headStart != null) { // the entry point read the arguments already
            libraryOption = headStart.library();
            filesToOpen = headStart.files();
        } else if (getParameters() != null) {
            Optional<OpenWith> request = OpenWith.parse(getParameters().getRaw().toArray(String[]::new));
            if (libraryOption == null) {
                libraryOption = request.map(OpenWith::library).orElse(null);
            }
            filesToOpen = new FilesToOpen(request.map(OpenWith::files).orElse(List.of()));
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        this.openingStage = new OpeningStage(primary, openingViewDelay);
        Path data = dataFolder != null ? dataFolder : LibraryLocation.dataFolder();
        this.prefs = new Preferences(data.resolve(SETTINGS));
        this.backups = headStart != null ? headStart.backups() : Backups.inDataFolder(data, clock);
        this.stateStore = new WindowStateStore(prefs);
        this.opening = headStart != null ? headStart.opening() : new LibraryOpening(backups, clock, filesToOpen);
        this.taskDialogs = new AlertDialogs(() -> stage);
        // The library first (unless the entry point began it): it opens on its own thread while the rest of the
        // window is made.
        open(LibraryLocation.resolve(libraryOption), null);
        Theme.preset();
        Platform.setImplicitExit(false); // the window hides when closed; the app ends once the library is put away
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        // The layout beside the library's opening: the window shows, in its remembered size, as soon as it is read.
        FxBackgroundExecutor beside = new FxBackgroundExecutor(taskDialogs);
        beside.execute(BackgroundTask.quiet(stateStore::load).besideTheLibrary()
                .onSuccess(this::remembered).onFailure(e -> remembered(WindowState.DEFAULT)));
        beside.execute(BackgroundTask.quiet(WindowIcons::load).besideTheLibrary()
                .onSuccess(stage.getIcons()::setAll).onFailure(e -> LOG.warn("No window icons", e)));
        beside.shutdown();
    }

    /**
     * The layout is known: the library's window shows if the library is open; else, unless it opens within a moment
     * (as a background task's progress shows only after one, so that quick ones do not flicker), the stage shows
     * what the opening does.
     */
    private void remembered(WindowState s) {
        state = s;
        if (ready != null) {
            showWindow(ready);
            return;
        }
        openingStage.showAfterMoment(s, openingTitle, () -> session == null && ready == null && !exited,
                StartupProbe::opening);
    }

    @Override
    public void openLibrary(Path file) {
        Path target = file.toAbsolutePath();
        Path shown = session == null ? null : session.file();
        closeWindow(target, () -> {
            previous = shown;
            open(target, null);
        });
    }

    /** Opens a library while no window shows one; the opening view says how far it is. */
    private void open(Path file, LibraryOpening.Restore restore) {
        if (quitRequested) {
            exitNow();
            return;
        }
        busy = true;
        Path target = file.toAbsolutePath();
        openingTitle = "Papershelf — " + target.getFileName();
        LibraryLock held = lock != null && target.equals(lockedFile) ? lock : null;
        FxBackgroundExecutor executor = new FxBackgroundExecutor(taskDialogs);
        HeadStart begun = headStart != null && held == null && restore == null && target.equals(headStart.library())
                ? headStart : null;
        headStart = null;
        BackgroundTask<LibraryOpening.Opened> task = BackgroundTask.titled(
                (restore == null ? "Opening " : "Restoring ") + target.getFileName() + "…",
                p -> begun != null ? begun.join(p) : opening.open(target, held, restore, p));
        task.onSuccess(opened -> {
            busy = false;
            previous = null;
            lock = opened.lock();
            lockedFile = target;
            ready = new Session(target, executor, opened, null);
            if (quitRequested) {
                quit();
            } else if (state != null) {
                showWindow(ready);
            }
        }).onFailure(e -> {
            busy = false;
            executor.shutdown();
            if (quitRequested) {
                exitNow();
            } else if (e instanceof LibraryOpening.NotRestored) {
                dialogs().error("The backup could not be restored", e.getMessage());
                open(target, null); // the library is as it was: show it again
            } else if (e instanceof LibraryOpening.CannotOpen c) {
                cannotOpen(c);
            } else {
                dialogs().error("The library could not be opened", e.getMessage());
                quit();
            }
        });
        openingStage.follow(task);
        if (state != null && session == null) {
            openingStage.show(state, openingTitle);
        }
        executor.execute(task);
    }

    private void showWindow(Session opened) {
        ready = null;
        MainWindow window = new MainWindow(stage, new MainWindow.Services(opened.opened().library(), opened.executor(),
                FxDebouncer::new, new DesktopBrowser(getHostServices()), prefs, AppVersion.version(), this), state);
        session = opened.with(window);
        window.show();
        StartupProbe.watch(window);
        if (opened.opened().restored() != null) {
            dialogs().inform("The backup was restored", opened.opened().restored().summary());
        }
        dailyBackup = new DailyBackup(backups, opened.file(), opened.executor(), new DailyBackup.Outcome() {
            @Override
            public void damaged(LibraryOpenException e, Optional<Backups.Backup> latest) {
                damagedWhileOpen(opened.file(), e, latest);
            }

            @Override
            public void failed(String sentence) {
                if (session != null) {
                    dialogs().error("The daily backup was not taken", sentence);
                }
            }
        });
        dailyBackup.startAfter(backupDelay);
        filesToOpen.deliverTo(window);
    }

    private LibraryProblemDialogs dialogs() {
        return new LibraryProblemDialogs(stage.isShowing() ? stage : null, clock.getZone());
    }

    private void cannotOpen(LibraryOpening.CannotOpen c) {
        LibraryOpenException e = c.problem();
        LOG.warn("Cannot open library {}", e.file(), e);
        if (e.problem() == LibraryOpenException.Problem.IN_USE && filesToOpen.any()) {
            // Another window is opening this library this very moment: it takes the files once it listens.
            filesToOpen.handOverLater(e.file(), this::quit, () -> askAboutLibrary(e, c.latest()));
        } else {
            askAboutLibrary(e, c.latest());
        }
    }

    private void askAboutLibrary(LibraryOpenException e, Optional<Backups.Backup> latest) {
        switch (dialogs().cannotOpen(e, latest, previous == null)) {
            case RESTORE_LATEST -> open(e.file(), new LibraryOpening.Restore(latest.orElseThrow().file(),
                    LibraryRestore.reasonFor(e.problem())));
            case OPEN_ANOTHER -> chooseLibrary(false);
            case CREATE_NEW -> chooseLibrary(true);
            case CANCEL -> open(previous, null); // back to the library shown before
            case QUIT -> quit();
        }
    }

    private void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papershelf library", "*.db"));
        var f = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath(), null);
        } else if (previous != null) {
            open(previous, null);
        } else {
            quit();
        }
    }

    @Override
    public List<Backups.Summary> backups(Path file) {
        return backups.summaries(file);
    }

    /** Puts a backup in the open library's place and opens it; the file that was there is kept beside it. */
    @Override
    public void restoreBackup(Path backup) {
        if (session != null) {
            Path file = session.file();
            closeWindow(file, () -> open(file, new LibraryOpening.Restore(backup, LibraryRestore.Reason.BEFORE_RESTORE)));
        }
    }

    /** The day's backup found the open library damaged: offered the latest backup in its place. */
    private void damagedWhileOpen(Path file, LibraryOpenException e, Optional<Backups.Backup> latest) {
        if (session == null || !session.file().equals(file)) {
            return;
        }
        if (latest.isEmpty()) {
            dialogs().error("The library looks damaged", e.getMessage() + " There is no automatic backup of it yet; "
                    + "export what can still be read with File > Export….");
        } else if (dialogs().damagedWhileOpen(e.getMessage(), latest.get()) == LibraryProblemDialogs.Choice.RESTORE_LATEST) {
            closeWindow(file, () -> open(file, new LibraryOpening.Restore(latest.get().file(),
                    LibraryRestore.Reason.DAMAGED)));
        }
    }

    /** Waits for the day's backup (tests). */
    void awaitBackup() throws Exception {
        dailyBackup.done().get(30, TimeUnit.SECONDS);
    }

    /**
     * Closes the window, if one shows, once what was typed is saved (else it stays open and says why); then
     * {@code then} runs. The lock is kept when {@code next} is the same library (null: none follows).
     */
    private void closeWindow(Path next, Runnable then) {
        Session s = session;
        if (s == null) {
            then.run();
            return;
        }
        s.window().close(layout -> {
            state = layout;
            session = null;
            dailyBackup.cancel();
            filesToOpen.deliverTo(null);
            if (next == null) {
                stage.hide(); // quitting: the user is done; the library is put away behind the scenes
            } else {
                openingStage.show(layout, "Papershelf");
            }
            closeSession(s, s.file().equals(next), layout, then);
        });
    }

    /** On the session's library thread: the layout saved, the library closed, the lock given back unless kept. */
    private void closeSession(Session s, boolean keepLock, WindowState layout, Runnable then) {
        LibraryLock releasing = keepLock ? null : lock;
        if (!keepLock) {
            lock = null;
            lockedFile = null;
        }
        busy = true;
        BackgroundTask<Void> closing = BackgroundTask.titled("Closing " + s.file().getFileName() + "…", p -> {
            if (layout != null) {
                stateStore.save(layout);
            }
            s.opened().library().close();
            if (releasing != null) {
                filesToOpen.stopListening();
                releasing.close();
            }
            return null;
        });
        openingStage.follow(closing);
        s.executor().execute(closing.onSuccess(x -> {
            busy = false;
            then.run();
        }).onFailure(e -> {
            LOG.warn("Closing {} failed", s.file(), e);
            busy = false;
            then.run();
        }));
        s.executor().shutdown();
    }

    /**
     * Closes the window (once what was typed is saved), puts the library away and ends the app; asked while a library
     * is being opened or closed, it happens when that is done.
     */
    @Override
    public void quit() {
        if (exited) {
            return;
        }
        if (session != null) {
            closeWindow(null, this::exitNow);
        } else if (ready != null) {
            Session r = ready;
            ready = null;
            closeSession(r, false, null, this::exitNow);
        } else if (busy) {
            quitRequested = true;
        } else {
            exitNow();
        }
    }

    private void exitNow() {
        if (!exited) {
            exited = true;
            stage.hide();
            exit.run();
        }
    }

    /** The toolkit is ending without {@link #quit} (the last window gone): the library is put away unwaited. */
    @Override
    public void stop() {
        Session s = session;
        session = null;
        if (s != null) {
            closeSession(s, false, null, () -> { });
        }
    }
}
