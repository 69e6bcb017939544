package io.papershelf.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file behind a library: one connection in WAL mode with foreign keys on and a busy timeout.
 * The schema version lives in {@code PRAGMA user_version}; numbered migrations
 * ({@code db/migration/V1__library.sql}, ...) are applied in one transaction after a backup copy of the
 * file (where the copy goes is the caller's choice). A file written by a newer Papershelf, a damaged one,
 * or one that is not a Papershelf library at all is refused with its {@link StorageException.Problem} and
 * left untouched.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String MIGRATIONS = "/db/migration/";
    /** The migrations this build knows, in order; the schema version is the count applied. */
    static final List<String> MIGRATION_FILES = List.of("V1__library.sql", "V2__list_and_search_speed.sql",
            "V3__bibliographic_fields.sql", "V4__highlights.sql");

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Does ahead of time the slow parts of opening the first library: setting up logging (this class's
     * logger) and loading SQLite's native code, which the driver first unpacks to a temporary folder. Together
     * they take about half a second in a fresh JVM; the entry point runs this on a second thread while
     * JavaFX or the command line starts. Any thread may call it; it never fails (the library loads it then).
     */
    public static void preload() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            LOG.debug("Preloading SQLite's native library failed; opening the library will try again", e);
        }
    }

    public static int latestVersion() {
        return MIGRATION_FILES.size();
    }

    /** Where the copy taken before a migration goes. */
    @FunctionalInterface
    public interface MigrationBackup {
        /** A path that does not exist yet, for a copy of {@code file} at schema {@code fromVersion}. */
        Path target(Path file, int fromVersion) throws IOException;
    }

    /** Beside the library: {@code library.db.v1-20260520-101500.bak}. */
    private static MigrationBackup besideTheFile(Clock clock) {
        return (file, fromVersion) -> file.resolveSibling(file.getFileName() + ".v" + fromVersion + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant())
                + ".bak");
    }

    /**
     * Opens (creating it and its folder if needed) and migrates the library at {@code file}.
     *
     * @throws StorageException when the file is not a Papershelf library, is damaged, is from a newer
     *                          version, or cannot be created
     */
    public static Database open(Path file, Clock clock) throws StorageException {
        return open(file, besideTheFile(clock));
    }

    /** The same, with the copy taken before a migration put where {@code backup} says. */
    public static Database open(Path file, MigrationBackup backup) throws StorageException {
        return open(file, backup, MIGRATION_FILES);
    }

    /** The same, with the migrations given (tests of a migration from an older schema). */
    static Database open(Path file, MigrationBackup backup, List<String> migrations)
            throws StorageException {
        Path absolute = file.toAbsolutePath();
        checkHeader(absolute);
        checkWritable(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot create the folder for the library " + absolute + ": "
                    + e.getMessage() + ".", e);
        }
        boolean existed = Files.exists(absolute) && sizeOf(absolute) > 0;
        if (existed) {
            int version = readVersion(absolute);
            if (version > migrations.size()) {
                throw new StorageException(StorageException.Problem.NEWER_VERSION, "The library " + absolute
                        + " was written by a newer Papershelf (schema " + version + ", this version reads up to "
                        + migrations.size() + "); it was left untouched.", null);
            }
        }
        Connection c = connect(absolute, false);
        Database db = new Database(absolute, c);
        try {
            db.migrate(existed, backup, migrations);
            return db;
        } catch (StorageException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void checkHeader(Path file) throws StorageException {
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
    private static int readVersion(Path file) throws StorageException {
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
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
    private static void checkWritable(Path file) throws StorageException {
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

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static Connection connect(Path file, boolean readOnly) throws StorageException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5000);
        config.enforceForeignKeys(true);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a commit is on disk before Papershelf says "Saved", even if the power fails right after
            // (NORMAL survives a killed process but may lose the last commits to a power cut). One fsync per
            // transaction: a note save, a whole import (docs/decisions/0011).
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    private void migrate(boolean existed, MigrationBackup backup, List<String> migrations) throws StorageException {
        try {
            int version;
            try (Statement s = connection.createStatement()) {
                var rs = s.executeQuery("PRAGMA user_version");
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version == migrations.size()) {
                return;
            }
            if (existed && version > 0) {
                backupBeforeMigration(version, backup);
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (int v = version; v < migrations.size(); v++) {
                    for (String sql : statements(migrations.get(v))) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + migrations.size());
                connection.commit();
                LOG.info("Migrated {} from schema {} to {}", file, version, migrations.size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    private void backupBeforeMigration(int fromVersion, MigrationBackup backup) throws StorageException {
        Path target;
        try {
            target = backup.target(file, fromVersion);
        } catch (IOException e) {
            throw new StorageException("Cannot back up the library " + file + " before updating it ("
                    + e.getMessage() + "); it was left untouched.", e);
        }
        Snapshots.vacuumInto(connection, file, target);
        LOG.info("Backed up {} to {} before migrating", file, target);
    }

    /** The statements of a migration resource, split on semicolons that end a line. */
    static List<String> statements(String resource) {
        String sql;
        try (InputStream in = Database.class.getResourceAsStream(MIGRATIONS + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one transaction: all of it lands, or none of it. When a statement fails
     * because the disk is full or read-only, SQLite may already have rolled the transaction back; the
     * rollback and the return to auto-commit then fail too, and those failures are kept as suppressed
     * so that the error the user sees is the one that matters ("database or disk is full").
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                connection.setAutoCommit(auto);
            } catch (SQLException reset) {
                e.addSuppressed(reset);
            }
            throw e;
        }
        connection.setAutoCommit(auto);
        return result;
    }

    /** Work against the connection that may fail with an SQL error. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        }
    }
}
