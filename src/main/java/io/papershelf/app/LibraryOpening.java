package io.papershelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.library.LibraryRestore;
import io.papershelf.ui.common.BackgroundTask;

/**
 * The window's library opened off the FX thread, as one task: its lock taken (unless the window holds it already),
 * a backup put in its place first when asked, the file opened and brought to this build's format (saying how far:
 * "Updating the library format… 40%"), and other processes told where to hand files. What went wrong comes back as
 * {@link CannotOpen} (with the backup to offer) or {@link NotRestored}; the lock taken is given back then.
 */
final class LibraryOpening {
    static final String UPDATING = "Updating the library format…";

    /** A backup to put in the library's place before opening it. */
    record Restore(Path backup, LibraryRestore.Reason reason) {
    }

    /** The library open, its lock held, and what a restore did (or null). */
    record Opened(Library library, LibraryLock lock, LibraryRestore.Restored restored) {
    }

    /** The library cannot be opened; {@code latest} is the backup that may mend it. */
    static final class CannotOpen extends Exception {
        private final transient Optional<Backups.Backup> latest;

        CannotOpen(LibraryOpenException problem, Optional<Backups.Backup> latest) {
            super(problem.getMessage(), problem);
            this.latest = latest;
        }

        LibraryOpenException problem() {
            return (LibraryOpenException) getCause();
        }

        Optional<Backups.Backup> latest() {
            return latest;
        }
    }

    /** The backup could not be put in place; the library is as it was. */
    static final class NotRestored extends Exception {
        NotRestored(LibraryException e) {
            super(e.getMessage(), e);
        }
    }

    private final Backups backups;
    private final Clock clock;
    private final FilesToOpen files;

    LibraryOpening(Backups backups, Clock clock, FilesToOpen files) {
        this.backups = backups;
        this.clock = clock;
        this.files = files;
    }

    /** The task's work (library thread): {@code held} is the lock the window keeps for this file, or null. */
    Opened open(Path target, LibraryLock held, Restore restore, BackgroundTask.Progress progress)
            throws CannotOpen, NotRestored {
        Opened opened = openFile(target, held, restore, progress);
        if (held == null) {
            listen(target);
        }
        return opened;
    }

    /** Other processes told to hand their files to this window (which must be able to receive them by then). */
    void listen(Path target) {
        files.listen(target);
    }

    /**
     * The file locked (unless {@code held}), restored when asked, opened and brought to this build's format, without
     * listening for files: {@link HeadStart} does this before JavaFX runs.
     */
    Opened openFile(Path target, LibraryLock held, Restore restore, BackgroundTask.Progress progress)
            throws CannotOpen, NotRestored {
        LibraryLock lock = held;
        try {
            if (lock == null) {
                lock = LibraryLock.acquire(target);
            }
            LibraryRestore.Restored restored = null;
            if (restore != null) {
                restored = LibraryRestore.restore(target, restore.backup(), restore.reason(), clock);
                progress.message("Opening " + target.getFileName() + "…");
            }
            Library library = Library.open(target, clock, backups, fraction -> {
                progress.message(UPDATING);
                progress.update(fraction);
            });
            return new Opened(library, lock, restored);
        } catch (LibraryOpenException e) {
            release(lock, held);
            boolean mendable = e.problem().restorable();
            throw new CannotOpen(e, mendable ? backups.latest(e.file()) : Optional.empty());
        } catch (LibraryException e) {
            release(lock, held);
            throw new NotRestored(e);
        }
    }

    private static void release(LibraryLock lock, LibraryLock held) {
        if (lock != null && lock != held) {
            lock.close();
        }
    }
}
