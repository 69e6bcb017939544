package io.papershelf.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The checks made before a library file is opened for writing, all in constant time (decision 0008): an
 * SQLite header and a whole number of pages, a file and folder that can be written, and through a read-only
 * connection a schema version and a readable schema table. Nothing is ever written to a file that fails one.
 */
final class LibraryFileCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFileCheck() {
    }

    static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** An SQLite header and whole pages; an empty or missing file passes (it becomes a new library). */
    static void checkHeader(Path file) throws StorageException {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return;
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (!Arrays.equals(head, 0, n, SQLITE_MAGIC, 0, n) || n == 0) {
                throw new StorageException(StorageException.Problem.NOT_A_LIBRARY, "The file " + file + " is not a "
                        + "Papershelf library (it is not an SQLite database); it was left untouched.", null);
            }
            // A database is whole pages; anything else was cut short (a copy or a disk that gave up midway).
            byte[] pageSize = new byte[2];
            int p = in.readNBytes(pageSize, 0, 2);
            int size = p < 2 ? 0 : ((pageSize[0] & 0xff) << 8 | (pageSize[1] & 0xff));
            int page = size == 1 ? 65536 : size;
            long bytes = sizeOf(file);
            if (n < head.length || p < 2 || page < 512 || bytes < page || bytes % page != 0) {
                throw new StorageException(StorageException.Problem.DAMAGED, "The library " + file + " is damaged "
                        + "and cannot be opened (it is cut short: " + bytes + " bytes is not a whole number of "
                        + Math.max(page, 512) + "-byte pages); it was left untouched.", null);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read the library " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /**
     * Reads the schema version through a read-only connection, so that nothing is written to a file that
     * turns out to be damaged or someone else's. Reading the schema table proves the file is a database
     * and not garbage behind a good header.
     */
    static int readVersion(Path file) throws StorageException {
        try (Connection c = Database.connect(file, true); Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA user_version");
            int version = rs.next() ? rs.getInt(1) : 0;
            rs.close();
            var count = s.executeQuery("SELECT count(*) FROM sqlite_schema");
            int tables = count.next() ? count.getInt(1) : 0;
            count.close();
            if (version == 0 && tables > 0) {
                throw new StorageException(StorageException.Problem.NOT_A_LIBRARY, "The file " + file + " is an "
                        + "SQLite database of another program, not a Papershelf library; it was left untouched.", null);
            }
            return version;
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    /** Damaged when SQLite says the file is (corrupt, not a database); otherwise the disk or folder is at fault. */
    static StorageException damaged(Path file, SQLException e) {
        if (!Snapshots.isDamage(e)) {
            return new StorageException(StorageException.Problem.UNAVAILABLE, "The library " + file
                    + " cannot be opened (" + firstLine(e.getMessage()) + "); it was left untouched.", e);
        }
        return new StorageException(StorageException.Problem.DAMAGED, "The library " + file
                + " is damaged and cannot be opened (" + firstLine(e.getMessage()) + "); it was left untouched.", e);
    }

    /**
     * A library that could be read but not written would lose every note typed into it: refuse it at
     * once, in words, rather than fail at the first save.
     */
    static void checkWritable(Path file) throws StorageException {
        Path folder = file.getParent();
        boolean fileOk = !Files.exists(file) || Files.isWritable(file);
        boolean folderOk = folder == null || !Files.exists(folder) || Files.isWritable(folder);
        if (!fileOk || !folderOk) {
            throw new StorageException(StorageException.Problem.UNAVAILABLE, "The library " + file + " cannot be "
                    + "changed: " + (fileOk ? "its folder" : "the file") + " is read-only, so notes and imports could "
                    + "not be saved; copy it to a folder you can write to, or open another library. It was left "
                    + "untouched.", null);
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
