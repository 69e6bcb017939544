package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void createsTheFileAndItsFolderWithWalForeignKeysAndTheSchemaVersion() throws Exception {
        Path file = dir.resolve("nested/folder/library.db");
        try (Database db = Database.open(file, Clock.systemUTC())) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(pragma(db.connection(), "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db.connection(), "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db.connection(), "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(db.connection(), "user_version")).isEqualTo(String.valueOf(Database.latestVersion()));
        }
        // Reopening an up-to-date library migrates nothing and makes no backup.
        try (Database db = Database.open(file, Clock.systemUTC())) {
            assertThat(pragma(db.connection(), "user_version")).isEqualTo(String.valueOf(Database.latestVersion()));
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".bak"));
        }
    }

    @Test
    void refusesALibraryFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE papers (id INTEGER PRIMARY KEY, title TEXT)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("was written by a newer Papershelf (schema 99, this version reads up to "
                        + Database.latestVersion() + ")")
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("future.db-wal"))).isFalse();
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);
        Files.write(file, random);
        assertThatThrownBy(() -> Database.open(file, Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is not a Papershelf library");
        assertThat(Files.readAllBytes(file)).isEqualTo(random);
    }

    @Test
    void migrationStatementsAreSplitWhole() {
        assertThat(Migrations.statements("V1__library.sql"))
                .allSatisfy(sql -> assertThat(sql).endsWith(";"))
                .anySatisfy(sql -> assertThat(sql).startsWith("CREATE VIRTUAL TABLE paper_search USING fts5"));
    }

    @Test
    void aVersion1LibraryIsBackedUpAndMigratedAndItsPapersStayFindable() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements("V1__library.sql")) {
                s.execute(sql);
            }
            s.execute("INSERT INTO papers (id, title, title_key, abstract, added_at, updated_at) VALUES "
                    + "(7, 'Zebrafish connectomes', 'zebrafish connectomes', 'Neurons.', '2026-01-01T00:00:00Z', "
                    + "'2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO paper_search (rowid, title, abstract, organization, notes, tags) "
                    + "VALUES (7, 'Zebrafish connectomes', 'Neurons.', '', '', '')");
            s.execute("PRAGMA user_version = 1");
        }
        try (Database db = Database.open(file, Clock.systemUTC()); Statement s = db.connection().createStatement()) {
            assertThat(pragma(db.connection(), "user_version")).isEqualTo(String.valueOf(Database.latestVersion()));
            ResultSet found = s.executeQuery("SELECT rowid FROM paper_search WHERE paper_search MATCH 'ze*'");
            assertThat(found.next()).isTrue();
            assertThat(found.getLong(1)).isEqualTo(7);
            s.execute("UPDATE papers SET is_read = 1 WHERE id = 7");
            s.execute("UPDATE papers SET notes = 'the list marks a note' WHERE id = 7");
            s.execute("UPDATE papers SET abstract = 'Not shown in the list.', github_stars = 3 WHERE id = 7");
            ResultSet version = s.executeQuery("SELECT row_version FROM papers WHERE id = 7");
            version.next();
            assertThat(version.getLong(1)).as("bumped by what the list shows only").isEqualTo(2);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("old.db.v1-"));
        }
    }
}
