package io.papershelf.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

/**
 * Consistent copies of a library file and what a copy holds. A copy is written with {@code VACUUM INTO}
 * through a read-only connection of its own, so it is a snapshot of the last commit even while the
 * library is open and being written elsewhere, and it never writes to the library itself. A copy is
 * written under a temporary name and renamed when complete, so a crash never leaves half a copy that
 * looks whole.
 */
public final class Snapshots {
    /** What a library file holds. {@code problem} is null when {@code PRAGMA quick_check} found it intact. */
    public record Facts(int schemaVersion, int papers, String problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    private Snapshots() {
    }

    /**
     * Writes a consistent copy of the library at {@code source} to {@code target}, which must not exist.
     *
     * @throws StorageException DAMAGED when the library cannot be read whole, UNAVAILABLE when the copy
     *                          cannot be written (disk full, read-only folder)
     */
    public static void copy(Path source, Path target) throws StorageException {
        try (Connection c = readOnly(source)) {
            vacuumInto(c, source, target);
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw LibraryFileCheck.damaged(source, e);
            }
            throw new StorageException("Cannot read the library " + source + " (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    static void vacuumInto(Connection c, Path source, Path target) throws StorageException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial); // our own leftover from a copy that was interrupted
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, target);
        } catch (SQLException e) {
            deleteQuietly(partial);
            if (isDamage(e)) {
                throw LibraryFileCheck.damaged(source, e);
            }
            throw new StorageException("Could not copy the library " + source + " to " + target + " ("
                    + firstLine(e.getMessage()) + ").", e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StorageException("Could not copy the library " + source + " to " + target + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
    }

    /**
     * Reads a library file without changing it: its schema version, its papers (outside the Trash) and
     * whether {@code PRAGMA quick_check} finds it intact.
     *
     * @throws StorageException when the file is not an SQLite database or cannot be read at all
     */
    public static Facts inspect(Path file) throws StorageException {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("There is no library file " + file + ".");
        }
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            int version = single(s, "PRAGMA user_version");
            String check;
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
                check = rs.next() ? rs.getString(1) : "no answer";
            }
            String problem = "ok".equals(check) ? null : check;
            int papers = problem == null && version > 0 ? single(s, "SELECT count(*) FROM papers WHERE deleted_at IS NULL")
                    : 0;
            return new Facts(version, papers, problem);
        } catch (SQLException e) {
            if (isDamage(e)) {
                return new Facts(0, 0, firstLine(e.getMessage()));
            }
            throw new StorageException(StorageException.Problem.UNAVAILABLE, "Cannot read " + file + " ("
                    + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file, not the disk, is at fault. */
    public static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 11 || code == 26;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A partial copy that cannot be deleted is named .partial and never taken for a backup.
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
