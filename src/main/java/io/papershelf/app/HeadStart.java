package io.papershelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import io.papershelf.library.Backups;
import io.papershelf.library.LibraryLocation;
import io.papershelf.storage.Database;
import io.papershelf.ui.common.BackgroundTask;

/**
 * The window's library, opened from the entry point on a thread of its own while JavaFX starts (which takes about
 * half a second before the window's first line of code runs): the window then finds it open, or nearly, instead of
 * beginning then. Its lock is taken and an older format brought up to date as {@link LibraryOpening} does for the
 * window; other processes are told to hand files only once the window can take them ({@link #join}). What it
 * says of its progress, and how it fails, reach the window's opening task as if that task had done the work.
 *
 * <p>The JavaFX launcher makes the {@code Application} itself, so the entry point hands this over through
 * {@link #take}, once.
 */
final class HeadStart {
    private static final AtomicReference<HeadStart> PENDING = new AtomicReference<>();

    private final Path library;
    private final FilesToOpen files;
    private final LibraryOpening opening;
    private final Backups backups;
    private final Path nativeFolder;
    private final ProgressRelay progress = new ProgressRelay();
    private final CompletableFuture<LibraryOpening.Opened> opened = new CompletableFuture<>();

    private HeadStart(Path library, List<Path> files, Path dataFolder, Clock clock) {
        this.library = library.toAbsolutePath();
        this.nativeFolder = dataFolder.resolve(Main.NATIVE_FOLDER);
        this.files = new FilesToOpen(files);
        this.backups = Backups.inDataFolder(dataFolder, clock);
        this.opening = new LibraryOpening(backups, clock, this.files);
    }

    /** Begins opening the library {@code request} names (or the default one) and leaves it for the window. */
    static void begin(OpenWith request) {
        PENDING.set(begin(request, LibraryLocation.dataFolder(), Clock.systemDefaultZone()));
    }

    /** Begins opening the library {@code request} names, with the data folder (backups) and clock given. */
    static HeadStart begin(OpenWith request, Path dataFolder, Clock clock) {
        HeadStart start = new HeadStart(LibraryLocation.resolve(request.library()), request.files(), dataFolder, clock);
        Thread opener = new Thread(start::run, "papershelf-opening");
        opener.setDaemon(true);
        opener.start();
        return start;
    }

    /** The head start the entry point began, once; empty when the window was started otherwise (tests). */
    static Optional<HeadStart> take() {
        return Optional.ofNullable(PENDING.getAndSet(null));
    }

    private void run() {
        try {
            Database.preload(nativeFolder); // SQLite's native library from its copy kept in the data folder
            opened.complete(opening.openFile(library, null, null, progress));
        } catch (Exception e) {
            opened.completeExceptionally(e);
        } finally {
            // An Error goes on to the thread's handler (the log); the window hears that the opening failed.
            opened.completeExceptionally(new IllegalStateException("Opening " + library + " failed; the log says why."));
        }
    }

    Path library() {
        return library;
    }

    FilesToOpen files() {
        return files;
    }

    Backups backups() {
        return backups;
    }

    LibraryOpening opening() {
        return opening;
    }

    /**
     * The opening task's work (library thread): waits for the library, telling {@code p} how far it is, then lets
     * other processes hand it files. Fails as {@link LibraryOpening#open} would have.
     */
    LibraryOpening.Opened join(BackgroundTask.Progress p) throws Exception {
        progress.to(p);
        LibraryOpening.Opened result;
        try {
            result = opened.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause(); // run() completes it with Exceptions only
        }
        opening.listen(library);
        return result;
    }

    /** Progress said before the window's task listens, kept (the latest) and told to it once it does. */
    private static final class ProgressRelay implements BackgroundTask.Progress {
        private BackgroundTask.Progress to;
        private String message;
        private double fraction = -1;

        synchronized void to(BackgroundTask.Progress target) {
            to = target;
            if (message != null) {
                target.message(message);
            }
            if (fraction >= 0) {
                target.update(fraction);
            }
        }

        @Override
        public synchronized void update(double f) {
            fraction = f;
            if (to != null) {
                to.update(f);
            }
        }

        @Override
        public synchronized void message(String text) {
            message = text;
            if (to != null) {
                to.message(text);
            }
        }

        @Override
        public synchronized boolean cancelled() {
            return to != null && to.cancelled();
        }
    }
}
