package io.papershelf.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a library file to the schema this build knows: the numbered resources of {@code db/migration/}
 * from the file's {@code user_version} on, in one transaction, after a copy of the file taken where the
 * caller says. A migration that fails leaves the file as it was.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "/db/migration/";

    private final Connection connection;
    private final Path file;

    Migrations(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Applies the migrations the file lacks; an existing library of schema 1 or later is copied first, and
     * {@code progress} hears how far that update has gone (see {@link MigrationProgress}).
     */
    void migrate(boolean existed, Database.MigrationBackup backup, List<String> migrations, DoubleConsumer progress)
            throws StorageException {
        try {
            int version;
            try (Statement s = connection.createStatement()) {
                var rs = s.executeQuery("PRAGMA user_version");
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version == migrations.size()) {
                return;
            }
            List<String> todo = new ArrayList<>();
            for (int v = version; v < migrations.size(); v++) {
                todo.addAll(statements(migrations.get(v)));
            }
            boolean update = existed && version > 0;
            MigrationProgress steps = new MigrationProgress(update, todo, update ? progress : f -> { });
            if (update) {
                backupBeforeMigration(version, backup);
                steps.copied();
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : todo) {
                    s.execute(sql);
                    steps.done(sql);
                }
                s.execute("PRAGMA user_version = " + migrations.size());
                connection.commit();
                steps.committed();
                if (version == 0) {
                    LOG.debug("Created {} at schema {}", file, migrations.size());
                } else {
                    LOG.info("Migrated {} from schema {} to {}", file, version, migrations.size());
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw LibraryFileCheck.damaged(file, e);
        }
    }

    private void backupBeforeMigration(int fromVersion, Database.MigrationBackup backup) throws StorageException {
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

    /** The statements of a migration resource ({@link SqlScript}: triggers may span lines). */
    static List<String> statements(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return SqlScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
