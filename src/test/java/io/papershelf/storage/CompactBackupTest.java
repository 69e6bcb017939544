package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compact backup holds every ordinary table, including tables a later migration adds, without the
 * indexes; restoring it rebuilds them and the full-text index, and a damaged one is refused.
 */
class CompactBackupTest {
    private static final List<String> WITH_HIGHLIGHTS = withHighlights();

    @TempDir
    Path dir;

    private static List<String> withHighlights() {
        List<String> m = new ArrayList<>(Database.MIGRATION_FILES);
        m.add("V9__test_highlights.sql");
        return m;
    }

    private Path libraryWithHighlights() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file, (f, v) -> dir.resolve("unused"), WITH_HIGHLIGHTS);
             Statement s = db.connection().createStatement()) {
            for (int i = 1; i <= 30; i++) {
                s.execute("INSERT INTO papers (id, title, title_key, abstract, notes, added_at, updated_at) VALUES (" + i
                        + ", 'Zebrafish " + i + "', 'zebrafish " + i + "', 'Neurons and circuits.', 'note " + i + "', "
                        + "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO test_excerpts (paper_id, quote) VALUES (" + i + ", 'quote " + i + "')");
            }
            new SearchIndex(db.connection()).rebuild();
        }
        return file;
    }

    @Test
    void aTableALaterMigrationAddsIsBackedUpAndRestoredWithTheIndexRebuilt() throws Exception {
        Path lib = libraryWithHighlights();
        Path backup = dir.resolve("b.backup");
        CompactBackup.Header header = CompactBackup.write(lib, backup);
        assertThat(header).isEqualTo(new CompactBackup.Header(Database.MIGRATION_FILES.size() + 1, 30));
        assertThat(CompactBackup.isCompact(backup)).isTrue();
        assertThat(CompactBackup.header(backup)).isEqualTo(header);
        assertThat(CompactBackup.verify(backup)).isNull();
        assertThat(Files.size(backup)).isLessThan(Files.size(lib) / 4);

        Path restored = dir.resolve("restored.db");
        CompactRestore.restore(backup, restored, WITH_HIGHLIGHTS);
        try (Database db = Database.open(restored, (f, v) -> dir.resolve("unused"), WITH_HIGHLIGHTS);
             Statement s = db.connection().createStatement()) {
            assertThat(rows(s, "SELECT paper_id || ':' || quote FROM test_excerpts ORDER BY id")).hasSize(30)
                    .startsWith("1:quote 1");
            assertThat(rows(s, "SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name"))
                    .contains("test_excerpts_paper", "test_excerpts_touch", "papers_list", "papers_row_version");
            assertThat(rows(s, "SELECT rowid FROM paper_search WHERE paper_search MATCH 'zebra*'")).hasSize(30);
            assertThat(rows(s, "SELECT rowid FROM paper_search WHERE paper_search MATCH 'note'")).hasSize(30);
            assertThat(rows(s, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(rows(s, "SELECT count(*) FROM papers")).containsExactly("30");
        }
    }

    @Test
    void theBackupLeavesNoScratchFilesAndTheLibraryUntouched() throws Exception {
        Path lib = libraryWithHighlights();
        byte[] before = Files.readAllBytes(lib);
        CompactBackup.write(lib, dir.resolve("b.backup"));
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    @Test
    void aDamagedBackupIsFoundAndRefusedWithoutLeavingAFile() throws Exception {
        Path lib = libraryWithHighlights();
        Path backup = dir.resolve("b.backup");
        CompactBackup.write(lib, backup);
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(backup, bytes);
        assertThat(CompactBackup.verify(backup)).isNotNull();
        Path restored = dir.resolve("restored.db");
        assertThatThrownBy(() -> CompactRestore.restore(backup, restored, WITH_HIGHLIGHTS))
                .isInstanceOf(StorageException.class).hasMessageContaining("is damaged");
        assertThat(restored).doesNotExist();
        Path cut = dir.resolve("cut.backup");
        // A backup cut short inside its header: the magic line whole, the schema line after it not.
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup), CompactBackup.MAGIC.length() + 4));
        assertThatThrownBy(() -> CompactBackup.header(cut)).isInstanceOf(StorageException.class);
    }

    @Test
    void aBackupWhoseRowsDoNotHoldTogetherIsRefusedWithoutLeavingAFile() throws Exception {
        Path lib = libraryWithHighlights();
        try (Database db = Database.open(lib, (f, v) -> dir.resolve("unused"), WITH_HIGHLIGHTS);
             Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO tags (id, name) VALUES (1, 'kept')");
            s.execute("INSERT INTO paper_tags (paper_id, tag_id) VALUES (999, 1)"); // a tag on a paper that is not there
        }
        Path backup = dir.resolve("b.backup");
        CompactBackup.write(lib, backup);
        Path restored = dir.resolve("restored.db");
        assertThatThrownBy(() -> CompactRestore.restore(backup, restored, WITH_HIGHLIGHTS))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.DAMAGED))
                .hasMessageContaining("cannot be restored");
        assertThat(restored).doesNotExist();
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        Path lib = libraryWithHighlights();
        Path backup = dir.resolve("b.backup");
        CompactBackup.write(lib, backup);
        assertThatThrownBy(() -> CompactBackup.restore(backup, dir.resolve("r.db")))
                .isInstanceOf(StorageException.class).hasMessageContaining("newer Papershelf");
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
