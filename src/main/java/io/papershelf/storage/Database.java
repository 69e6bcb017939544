package io.papershelf.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.DoubleConsumer;

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
    /** The migrations this build knows, in order; the schema version is the count applied. */
    static final List<String> MIGRATION_FILES = List.of("V1__library.sql", "V2__list_and_search_speed.sql",
            "V3__bibliographic_fields.sql", "V4__highlights.sql", "V5__listing_order_and_row_versions.sql");

    /** Pages SQLite may cache during a large write ({@link #inBulkTransaction}), in MB. */
    static final int BULK_CACHE_MB = 64;
    /** SQLite's default page cache: about 2 MB. */
    private static final int DEFAULT_CACHE = -2000;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Does ahead of time the slow parts of opening the first library: setting up logging (this class's
     * logger) and loading SQLite's native code, which the driver would unpack to a temporary folder at every start;
     * it is kept unpacked in {@code nativeFolder} instead ({@link NativeLibraryCopy}). Together they take a few
     * hundred ms in a fresh JVM; the command line runs this on a second thread while picocli starts (the window opens
     * its library at once instead). Any thread may call it; it never fails (the library loads it then).
     */
    public static void preload(Path nativeFolder) {
        NativeLibraryCopy.use(nativeFolder);
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            LOG.debug("Preloading SQLite's native library failed; opening the library will try again", e);
        }
    }

    public static int latestVersion() {
        return MIGRATION_FILES.size();
    }

    /**
     * Whether opening {@code file} would change it before anything else: it exists and is a library of an older
     * schema, which opening brings up to date. False for a missing file, a current one, and one that cannot be read
     * as a library (opening it reports why). Reads through a read-only connection.
     */
    public static boolean needsUpdate(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            int version = LibraryFileCheck.readVersion(file.toAbsolutePath());
            return version > 0 && version < latestVersion();
        } catch (StorageException e) {
            return false;
        }
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
        return open(file, backup, MIGRATION_FILES, f -> { });
    }

    /**
     * The same, telling {@code migrating} how far the update of an existing library to this build's schema has gone,
     * from 0 (it starts: the copy first) to 1; not called at all when the library needs no update.
     */
    public static Database open(Path file, MigrationBackup backup, DoubleConsumer migrating) throws StorageException {
        return open(file, backup, MIGRATION_FILES, migrating);
    }

    /** The same, with the migrations given (tests of a migration from an older schema). */
    static Database open(Path file, MigrationBackup backup, List<String> migrations) throws StorageException {
        return open(file, backup, migrations, f -> { });
    }

    static Database open(Path file, MigrationBackup backup, List<String> migrations, DoubleConsumer migrating)
            throws StorageException {
        Path absolute = file.toAbsolutePath();
        LibraryFileCheck.checkHeader(absolute);
        LibraryFileCheck.checkWritable(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot create the folder for the library " + absolute + ": "
                    + e.getMessage() + ".", e);
        }
        boolean existed = Files.exists(absolute) && LibraryFileCheck.sizeOf(absolute) > 0;
        if (existed) {
            int version = LibraryFileCheck.readVersion(absolute);
            if (version > migrations.size()) {
                throw new StorageException(StorageException.Problem.NEWER_VERSION, "The library " + absolute
                        + " was written by a newer Papershelf (schema " + version + ", this version reads up to "
                        + migrations.size() + "); it was left untouched.", null);
            }
        }
        Connection c = connect(absolute, false);
        Database db = new Database(absolute, c);
        try {
            new Migrations(c, absolute).migrate(existed, backup, migrations, migrating);
            return db;
        } catch (StorageException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Connection connect(Path file, boolean readOnly) throws StorageException {
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
            throw LibraryFileCheck.damaged(file, e);
        }
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

    /**
     * The same for a large write (an import, a restore): SQLite may keep up to {@value #BULK_CACHE_MB} MB of pages
     * in memory meanwhile, so that the full-text index's segments are merged there instead of spilled to the WAL
     * and read back (an import of 10,000 papers then indexes in about a fifth less time). The cache is given back
     * afterwards: the window keeps its usual 2 MB.
     */
    public <T> T inBulkTransaction(SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -" + BULK_CACHE_MB * 1024);
        }
        try {
            return inTransaction(work);
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA cache_size = " + DEFAULT_CACHE);
                s.execute("PRAGMA shrink_memory");
            }
        }
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
