package io.papershelf.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Restores a {@link CompactBackup}: a new library at the backup's schema version from the migrations (the schema
 * is written in one place), every table's rows copied back, the full-text index rebuilt, then
 * {@code PRAGMA integrity_check} and {@code foreign_key_check}. A backup that does not decompress whole, or a
 * result that is not intact, leaves no file.
 */
final class CompactRestore {
    private CompactRestore() {
    }

    /**
     * Builds a new library file at {@code target} (which must not exist) from a compact backup: the schema of
     * the backup's version from the migrations, the rows, the full-text index rebuilt, then checked.
     *
     * @throws StorageException DAMAGED when the backup does not decompress whole or the result is not intact;
     *                          NEWER_VERSION when the backup is from a newer Papershelf
     */
    static CompactBackup.Header restore(Path backup, Path target, List<String> migrations) throws StorageException {
        Path rows = target.resolveSibling(target.getFileName() + ".rows");
        CompactBackup.Header header;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16)) {
            header = CompactBackup.readHeader(in, backup);
            if (header.schemaVersion() > migrations.size()) {
                throw new StorageException(StorageException.Problem.NEWER_VERSION, "The backup " + backup + " was "
                        + "written by a newer Papershelf (schema " + header.schemaVersion() + ").", null);
            }
            Files.deleteIfExists(rows);
            try (InputStream bz = new BZip2CompressorInputStream(in)) {
                Files.copy(bz, rows);
            }
        } catch (IOException e) {
            CompactBackup.deleteAll(rows);
            throw new StorageException(StorageException.Problem.DAMAGED, "The backup " + backup + " is damaged and "
                    + "cannot be read (" + e.getMessage() + ").", e);
        }
        try {
            Files.deleteIfExists(target);
            try (Database db = Database.open(target, (f, v) -> {
                throw new IOException("a new library is never migrated from an older schema");
            }, migrations.subList(0, header.schemaVersion()))) {
                fill(db, rows);
            }
            CompactBackup.sync(target);
            return header;
        } catch (SQLException | IOException e) {
            CompactBackup.deleteAll(target);
            throw new StorageException(StorageException.Problem.DAMAGED, "The backup " + backup + " cannot be "
                    + "restored (" + LibraryFileCheck.firstLine(e.getMessage()) + ").", e);
        } catch (StorageException e) {
            CompactBackup.deleteAll(target);
            throw e;
        } finally {
            CompactBackup.deleteAll(rows);
        }
    }

    /** Copies every table of the rows file into the new library, rebuilds the index, checks the result. */
    private static void fill(Database db, Path rows) throws SQLException, StorageException {
        Connection c = db.connection();
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + rows.toString().replace("'", "''") + "' AS bak");
            db.inBulkTransaction(conn -> {
                s.execute("PRAGMA defer_foreign_keys = ON");
                for (String[] table : CompactBackup.tables(s, "bak")) {
                    String columns = columns(s, table[0]);
                    s.execute("DELETE FROM main." + CompactBackup.quote(table[0])); // anything a migration put there
                    s.execute("INSERT INTO main." + CompactBackup.quote(table[0]) + " (" + columns + ") SELECT " + columns
                            + " FROM bak." + CompactBackup.quote(table[0]));
                }
                new SearchIndex(c).rebuild();
                return null;
            });
            s.execute("DETACH DATABASE bak");
            String check = CompactBackup.string(s, "PRAGMA integrity_check(1)");
            if (!"ok".equals(check)) {
                throw new StorageException(StorageException.Problem.DAMAGED, "The restored library is not intact ("
                        + check + ").", null);
            }
            try (ResultSet fk = s.executeQuery("PRAGMA foreign_key_check")) {
                if (fk.next()) {
                    throw new StorageException(StorageException.Problem.DAMAGED, "The restored library is not intact "
                            + "(a row of " + fk.getString(1) + " refers to one that is missing).", null);
                }
            }
        }
    }

    private static String columns(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA bak.table_info(" + CompactBackup.quote(table) + ")")) {
            while (rs.next()) {
                out.add(CompactBackup.quote(rs.getString("name")));
            }
        }
        return String.join(", ", out);
    }

}
