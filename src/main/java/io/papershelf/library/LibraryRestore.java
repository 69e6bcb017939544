package io.papershelf.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.storage.CompactBackup;
import io.papershelf.storage.Database;
import io.papershelf.storage.Snapshots;
import io.papershelf.storage.StorageException;

/**
 * Puts a backup in a library's place: a daily backup is built back into a library (the index rebuilt and
 * checked with {@code integrity_check}), a full copy is copied. The file that was there is set aside, never overwritten or
 * deleted: it is renamed, with its {@code -wal} and {@code -shm} companions, to
 * {@code library.db.damaged-20260520-101500} (or {@code .newer-version-...}, {@code .before-restore-...}), where it can still be
 * opened. The library must not be open while this runs: the window closes it first, and the command
 * line holds the library's lock.
 */
public final class LibraryRestore {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryRestore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final List<String> COMPANIONS = List.of("-wal", "-shm");

    /** Why the current file is set aside, which names it. */
    public enum Reason {
        DAMAGED("damaged"), NEWER_VERSION("newer-version"), BEFORE_RESTORE("before-restore");

        private final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    /** What a restore did: the backup now in place, with its papers, and where the old file went (if any). */
    public record Restored(Path library, Path backup, int papers, Optional<Path> setAside) {
        public String summary() {
            return "Restored " + library.getFileName() + " from " + backup.getFileName() + " (" + papers
                    + (papers == 1 ? " paper)" : " papers)") + setAside.map(p -> "; the previous file was kept as " + p)
                    .orElse("") + ".";
        }
    }

    private LibraryRestore() {
    }

    /** The name for a file that could not be opened for this reason. */
    public static Reason reasonFor(LibraryOpenException.Problem problem) {
        return problem == LibraryOpenException.Problem.NEWER_VERSION ? Reason.NEWER_VERSION : Reason.DAMAGED;
    }

    /**
     * Checks the backup, sets the current file aside and copies the backup in.
     *
     * @throws LibraryException when the backup is not an intact Papershelf library this version reads, or
     *                          the copy cannot be written; the library is then as it was
     */
    public static Restored restore(Path library, Path backup, Reason reason, Clock clock) throws LibraryException {
        Path target = library.toAbsolutePath();
        Path incoming = target.resolveSibling("." + target.getFileName() + ".restoring");
        int papers = CompactBackup.isCompact(backup) ? rebuild(backup, incoming) : copy(backup, incoming, target);
        Optional<Path> aside;
        try {
            aside = setAside(target, reason, clock);
            move(incoming, target);
        } catch (IOException e) {
            throw new LibraryException("Could not restore " + target + " from " + backup + " (" + e.getMessage()
                    + "); the copy is " + incoming + ".", e);
        }
        LOG.info("Restored {} from {}; previous file {}", target, backup, aside.orElse(null));
        return new Restored(target, backup, papers, aside);
    }

    /** A daily backup: a new library built from its tables, the index rebuilt, checked; its papers. */
    private static int rebuild(Path backup, Path incoming) throws LibraryException {
        try {
            Files.createDirectories(incoming.getParent());
            CompactBackup.restore(backup, incoming);
            Snapshots.Facts facts = Snapshots.inspect(incoming);
            return facts.papers();
        } catch (StorageException | IOException e) {
            deleteQuietly(incoming);
            throw new LibraryException("Cannot restore from " + backup + ": it is not an intact Papershelf backup "
                    + "this version reads (" + e.getMessage() + "); the library was left as it was.", e);
        }
    }

    /** A full copy (a backup before a migration, or a daily one of an older version): checked, copied, synced. */
    private static int copy(Path backup, Path incoming, Path target) throws LibraryException {
        Snapshots.Facts facts;
        try {
            facts = Snapshots.inspect(backup);
        } catch (StorageException e) {
            throw new LibraryException("Cannot restore from " + backup + ": " + e.getMessage(), e);
        }
        if (!facts.intact() || facts.schemaVersion() < 1 || facts.schemaVersion() > Database.latestVersion()) {
            throw new LibraryException("Cannot restore from " + backup + ": it is not an intact Papershelf library "
                    + "this version reads (" + (facts.intact() ? "schema " + facts.schemaVersion() : facts.problem())
                    + "); the library was left as it was.", null);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                ch.force(true); // the copy is on disk before the old file moves out of the way
            }
        } catch (IOException e) {
            deleteQuietly(incoming);
            throw new LibraryException("Could not restore " + target + " from " + backup + " (" + e.getMessage()
                    + "); the library was left as it was.", e);
        }
        return facts.papers();
    }

    /**
     * Renames the library file and its companions out of the way; empty when there is no file. The WAL
     * moves with its database, so that it is never replayed into another file and the file set aside
     * still opens with everything it held.
     */
    public static Optional<Path> setAside(Path library, Reason reason, Clock clock) throws IOException {
        Path target = library.toAbsolutePath();
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        String base = target.getFileName() + "." + reason.label + "-" + STAMP.format(clock.instant());
        Path aside = target.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.resolveSibling(base + "-" + n);
        }
        for (String companion : COMPANIONS) {
            Path c = target.resolveSibling(target.getFileName() + companion);
            if (Files.exists(c)) {
                move(c, aside.resolveSibling(aside.getFileName() + companion));
            }
        }
        move(target, aside);
        return Optional.of(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", p, e);
        }
    }
}
