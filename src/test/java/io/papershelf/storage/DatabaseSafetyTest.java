package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Database.open refuses and why, that it never writes to what it refuses, and the pre-migration copy. */
class DatabaseSafetyTest {
    @TempDir
    Path dir;

    private Path library() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file, Clock.systemUTC()); Statement s = db.connection().createStatement()) {
            s.execute("INSERT INTO papers (title, title_key, added_at, updated_at) VALUES ('A', 'a', 'x', 'x')");
        }
        return file;
    }

    @Test
    void theCopyBeforeAMigrationGoesWhereTheCallerSaysAndHoldsTheOldSchema() throws Exception {
        Path file = dir.resolve("library.db"); // at schema 1, whatever this build's latest is
        try (Database db = Database.open(file, (f, v) -> {
            throw new AssertionError("a new file has nothing to copy");
        }, List.of("V1__library.sql")); Statement s = db.connection().createStatement()) {
            s.execute("INSERT INTO papers (title, title_key, added_at, updated_at) VALUES ('A', 'a', 'x', 'x')");
        }
        Path target = dir.resolve("backups/library-before-v1.db");
        Files.createDirectories(target.getParent());
        try (Database db = Database.open(file, (f, v) -> {
            assertThat(v).isEqualTo(1);
            return target;
        }, List.of("V1__library.sql", "V2__test_only.sql"))) {
            try (var rs = db.connection().createStatement().executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        Snapshots.Facts copy = Snapshots.inspect(target);
        assertThat(copy.schemaVersion()).isEqualTo(1);
        assertThat(copy.papers()).isEqualTo(1);
        assertThat(copy.intact()).isTrue();
        assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aFileCutShortIsDamagedAndLeftByteForByte() throws Exception {
        byte[] whole = Files.readAllBytes(library());
        for (int length : new int[] {16, 100, 511, 4096, 4097, whole.length / 2, whole.length - 1}) {
            Path cut = dir.resolve("cut-" + length + ".db");
            Files.write(cut, Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> Database.open(cut, Clock.systemUTC())).as("cut at " + length)
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.DAMAGED))
                    .hasMessageStartingWith("The library " + cut + " is damaged and cannot be opened (")
                    .hasMessageEndingWith("; it was left untouched.");
            assertThat(Files.readAllBytes(cut)).as("cut at " + length).isEqualTo(Arrays.copyOf(whole, length));
        }
    }

    @Test
    void anotherProgramsDatabaseIsNotALibraryAndIsNotMigrated() throws Exception {
        Path foreign = dir.resolve("photos.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
            s.execute("INSERT INTO photos (path) VALUES ('/a.jpg')");
        }
        byte[] before = Files.readAllBytes(foreign);
        assertThatThrownBy(() -> Database.open(foreign, Clock.systemUTC()))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.NOT_A_LIBRARY))
                .hasMessage("The file " + foreign + " is an SQLite database of another program, not a Papershelf "
                        + "library; it was left untouched.");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(before);
    }

    @Test
    void aDamagedLibraryIsNotCopiedAndTheCopyIsNotLeftBehind() throws Exception {
        Path file = library();
        try (Database db = Database.open(file, Clock.systemUTC()); Statement s = db.connection().createStatement()) {
            for (int i = 0; i < 300; i++) {
                s.execute("INSERT INTO papers (title, title_key, abstract, added_at, updated_at) VALUES ('T" + i
                        + "', 't" + i + "', '" + "x".repeat(500) + "', 'x', 'x')");
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        java.util.Random r = new java.util.Random(3);
        for (int i = 8192; i < bytes.length - 4096; i += 4096 * 3) {
            byte[] noise = new byte[1024];
            r.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, i + 100, noise.length);
        }
        Files.write(file, bytes);
        Path target = dir.resolve("copy.db");
        assertThatThrownBy(() -> Snapshots.copy(file, target))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.DAMAGED));
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("copy.db.partial")).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
