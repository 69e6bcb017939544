package io.papershelf.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A backup that holds only what cannot be rebuilt: every ordinary table of the library with its rows, in an
 * SQLite file without indexes, triggers or the full-text index, compressed with bzip2 (about a tenth of the
 * library file; the index alone is half of it). Tables that later versions add are included without a change
 * here. The file starts with a short text header ({@code papershelf-backup 1}, the schema version, the papers)
 * so that a list of backups never decompresses one.
 *
 * <p>Restoring builds a new library at the backup's schema version through the migrations (so the schema is
 * written in one place), copies the rows back, rebuilds the full-text index and checks the result with
 * {@code PRAGMA integrity_check}. Every file is written under a {@code .partial} name and renamed when whole
 * and synced: a copy that was interrupted (a kill, a full disk) is never taken for a backup, and a JVM that
 * exits meanwhile deletes it.
 */
public final class CompactBackup {
    /** The first line of every compact backup. */
    static final String MAGIC = "papershelf-backup 1";
    private static final int MAX_HEADER = 4096;

    /** What a backup's header says: the schema version and the papers outside the Trash. */
    public record Header(int schemaVersion, int papers) {
    }

    private CompactBackup() {
    }

    /** Whether the file starts like a compact backup (cheap: reads the first line). */
    public static boolean isCompact(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length() + 1);
            return new String(head, StandardCharsets.US_ASCII).equals(MAGIC + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the backup of the library at {@code library} to {@code target}, which must not exist. Reads the
     * library through a read-only connection in one transaction: a consistent snapshot of the last commit, even
     * while another process writes, and nothing is ever written to the library.
     *
     * @throws StorageException DAMAGED when the library cannot be read whole, UNAVAILABLE when the backup cannot
     *                          be written (disk full, read-only folder)
     */
    public static Header write(Path library, Path target) throws StorageException {
        Path rows = target.resolveSibling(target.getFileName() + ".partial-db");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        // A JVM that exits meanwhile (the window closed, the command line done) removes what it had written.
        Thread cleanUp = new Thread(() -> deleteAll(rows, partial), "papershelf-backup-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return writeWhole(library, target, rows, partial);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs: the JVM is exiting.
            }
        }
    }

    private static Header writeWhole(Path library, Path target, Path rows, Path partial) throws StorageException {
        try {
            deleteAll(rows, partial);
            Header header = copyTables(library, rows);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                out.write((MAGIC + "\nschema " + header.schemaVersion() + "\npapers " + header.papers() + "\n\n")
                        .getBytes(StandardCharsets.US_ASCII));
                try (OutputStream bz = new BZip2CompressorOutputStream(out, 9); InputStream in = Files.newInputStream(rows)) {
                    in.transferTo(bz);
                }
            }
            long size = Files.size(rows);
            Files.delete(rows);
            if (decompressedSize(partial) != size) { // read back whole: every block's checksum holds
                throw new IOException("the written backup does not read back whole");
            }
            sync(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return header;
        } catch (SQLException e) {
            deleteAll(rows, partial);
            if (Snapshots.isDamage(e)) {
                throw LibraryFileCheck.damaged(library, e);
            }
            throw new StorageException("Could not back up the library " + library + " to " + target + " ("
                    + LibraryFileCheck.firstLine(e.getMessage()) + ").", e);
        } catch (IOException | RuntimeException e) {
            deleteAll(rows, partial);
            throw new StorageException("Could not back up the library " + library + " to " + target + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
    }

    /** The tables of the library, rows and all, into a new SQLite file; the header of what was copied. */
    private static Header copyTables(Path library, Path rows) throws SQLException, StorageException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setJournalMode(SQLiteConfig.JournalMode.OFF); // a scratch file: it counts only once compressed
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setBusyTimeout(5000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rows, config.toProperties());
             Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + readOnlyUri(library) + "' AS lib");
            c.setAutoCommit(false); // one read transaction on the library: every table from the same commit
            int version = single(s, "PRAGMA lib.user_version");
            if (version < 1) {
                throw new StorageException(StorageException.Problem.NOT_A_LIBRARY, "The file " + library
                        + " is not a Papershelf library; it was not backed up.", null);
            }
            for (String[] table : tables(s, "lib")) {
                s.execute(table[1]);
                s.execute("INSERT INTO main." + quote(table[0]) + " SELECT * FROM lib." + quote(table[0]));
            }
            int papers = single(s, "SELECT count(*) FROM main.papers WHERE deleted_at IS NULL");
            s.execute("PRAGMA main.user_version = " + version);
            c.commit();
            c.setAutoCommit(true);
            s.execute("DETACH DATABASE lib");
            String check = string(s, "PRAGMA quick_check(1)");
            if (!"ok".equals(check)) {
                throw new StorageException(StorageException.Problem.DAMAGED, "The library " + library
                        + " is damaged (" + check + ").", null);
            }
            return new Header(version, papers);
        }
    }

    /**
     * The ordinary tables of a schema with the statements that create them: what cannot be rebuilt. Left out:
     * SQLite's own tables, virtual tables (the full-text index) and their shadow tables, and every index and
     * trigger (rebuilt from the migrations on restore).
     */
    static List<String[]> tables(Statement s, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA " + schema + ".table_list")) {
            while (rs.next()) {
                if (rs.getString("schema").equals(schema) && rs.getString("type").equals("table")
                        && !rs.getString("name").startsWith("sqlite_")) {
                    names.add(rs.getString("name"));
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String name : names) {
            try (ResultSet rs = s.executeQuery("SELECT sql FROM " + schema + ".sqlite_schema WHERE type = 'table' "
                    + "AND name = '" + name.replace("'", "''") + "'")) {
                if (rs.next()) {
                    out.add(new String[] {name, rs.getString(1)});
                }
            }
        }
        return out;
    }

    /** The header of a compact backup, without decompressing it. */
    public static Header header(Path backup) throws StorageException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup))) {
            return readHeader(in, backup);
        } catch (IOException e) {
            throw new StorageException("Cannot read the backup " + backup + " (" + e.getMessage() + ").", e);
        }
    }

    static Header readHeader(InputStream in, Path backup) throws IOException, StorageException {
        int schema = -1;
        int papers = -1;
        int read = 0;
        StringBuilder line = new StringBuilder();
        List<String> lines = new ArrayList<>();
        while (read < MAX_HEADER) {
            int b = in.read();
            read++;
            if (b < 0) {
                break;
            }
            if (b != '\n') {
                line.append((char) b);
                continue;
            }
            if (line.length() == 0) {
                break;
            }
            lines.add(line.toString());
            line.setLength(0);
        }
        for (String l : lines) {
            if (l.startsWith("schema ")) {
                schema = parse(l.substring(7));
            } else if (l.startsWith("papers ")) {
                papers = parse(l.substring(7));
            }
        }
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC) || schema < 1 || papers < 0) {
            throw new StorageException(StorageException.Problem.DAMAGED, "The backup " + backup + " is damaged (its "
                    + "header is not a Papershelf backup's).", null);
        }
        return new Header(schema, papers);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Builds a new library file at {@code target} (which must not exist) from a compact backup
     * ({@link CompactRestore}).
     */
    public static Header restore(Path backup, Path target) throws StorageException {
        return CompactRestore.restore(backup, target, Database.MIGRATION_FILES);
    }

    /** The size of the decompressed content; throws when a block's checksum fails or the stream is cut. */
    static long decompressedSize(Path backup) throws IOException, StorageException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16)) {
            readHeader(in, backup);
            try (InputStream bz = new BZip2CompressorInputStream(in)) {
                return bz.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    /**
     * Reads a whole backup as restoring would (the header, every compressed block and its checksum); the
     * problem in words, or null when it reads whole.
     */
    public static String verify(Path backup) {
        try {
            decompressedSize(backup);
            return null;
        } catch (IOException | StorageException e) {
            return e.getMessage();
        }
    }

    private static String readOnlyUri(Path library) {
        String path = library.toAbsolutePath().toUri().getRawPath();
        return ("file:" + path + "?mode=ro").replace("'", "''");
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void deleteAll(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
                Files.deleteIfExists(f.resolveSibling(f.getFileName() + "-journal"));
            } catch (IOException ignored) {
                // A leftover scratch file is named .partial and never taken for a backup; the next backup removes it.
            }
        }
    }
}
