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
 * One process at a time takes a library's daily backup: an operating-system lock on
 * {@code backups/<stem>-<id>.lock}, which dies with the process. Two commands started together, or a command
 * beside a window, then never write the same backup twice, and the holder may remove what an interrupted
 * backup left.
 */
final class BackupLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupLock.class);
    private final FileChannel channel;
    private final FileLock lock;

    private BackupLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or thread) holds it. */
    static BackupLock tryTake(Path folder, String name) throws LibraryException {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new BackupLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            return null;
        } catch (IOException e) {
            close(channel);
            throw new LibraryException("Could not use the backup folder " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing a backup lock failed", e);
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("Closing a backup lock failed", e);
            }
        }
    }
}
