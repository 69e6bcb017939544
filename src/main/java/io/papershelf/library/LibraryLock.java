package io.papershelf.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says that a window has a library open: an operating-system lock on {@code library.db.lock} beside the
 * file, held as long as the window shows the library. A second window on the same file is refused with
 * a clear sentence. The lock vanishes with the process, so a crash never leaves a library locked; the
 * lock file itself stays (deleting it would let two processes lock two different files of that name).
 * The command line does not take it: SQLite's write lock and busy timeout already serialise its writes
 * with the window's, and the window shows them after a refresh. Only {@code restore}, which replaces
 * the file, takes it, for a moment ({@link #acquireForCommand}), and removes the lock file again if it made it:
 * a command leaves no lock file behind. It removes the file while it still holds the lock, and whoever gets a
 * lock checks that its file is still there (else it locks afresh), so two processes never hold locks on two
 * files of that name.
 */
public final class LibraryLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryLock.class);

    private static final int ATTEMPTS = 5;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean removeOnClose;

    private LibraryLock(Path file, FileChannel channel, FileLock lock, boolean removeOnClose) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.removeOnClose = removeOnClose;
    }

    /** The lock file of a library: {@code library.db.lock}. */
    public static Path lockFile(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the library's lock.
     *
     * @throws LibraryOpenException IN_USE when another window (in this process or another) holds it,
     *                              UNAVAILABLE when the lock file cannot be created
     */
    public static LibraryLock acquire(Path library) throws LibraryOpenException {
        return acquire(library, false);
    }

    /**
     * Takes the library's lock for one command; {@link #close()} removes the lock file if this call made it (a
     * window that holds the library made it, so a command never removes a window's file).
     *
     * @throws LibraryOpenException as {@link #acquire}
     */
    public static LibraryLock acquireForCommand(Path library) throws LibraryOpenException {
        return acquire(library, true);
    }

    private static LibraryLock acquire(Path library, boolean command) throws LibraryOpenException {
        Path absolute = library.toAbsolutePath();
        Path lockFile = lockFile(absolute);
        for (int attempt = 1; ; attempt++) {
            LibraryLock taken = tryAcquire(absolute, lockFile, command);
            if (taken != null) {
                return taken;
            }
            if (attempt == ATTEMPTS) {
                throw new LibraryOpenException(absolute, LibraryOpenException.Problem.UNAVAILABLE, "Cannot open the "
                        + "library " + absolute + ": its lock file " + lockFile + " keeps being removed while it "
                        + "is locked.", null);
            }
        }
    }

    /** The lock, or null when its file was removed by the previous holder before this process locked it. */
    private static LibraryLock tryAcquire(Path absolute, Path lockFile, boolean command) throws LibraryOpenException {
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            boolean made = true;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                made = false;
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(absolute);
            }
            if (!Files.exists(lockFile)) {
                lock.release();
                channel.close();
                return null;
            }
            return new LibraryLock(lockFile, channel, lock, command && made);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(absolute);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryOpenException(absolute, LibraryOpenException.Problem.UNAVAILABLE, "Cannot open the library "
                    + absolute + ": its lock file " + lockFile + " cannot be created (" + e.getMessage() + ").", e);
        }
    }

    private static LibraryOpenException inUse(Path library) {
        return new LibraryOpenException(library, LibraryOpenException.Problem.IN_USE, "This library is already open "
                + "in another Papershelf window (" + library + "); switch to that window, or open another library.",
                null);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (removeOnClose) {
            try {
                Files.deleteIfExists(file); // while still locked: see the class comment
            } catch (IOException e) {
                LOG.warn("Removing {} failed", file, e);
            }
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing {} failed", file, e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("Closing a lock file failed", e);
            }
        }
    }
}
