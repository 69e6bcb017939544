package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;

/**
 * The schema-2 library kept as a fixture (src/test/resources/db/schema2) goes through V3 and V4 keeping every
 * note, in the Trash or not, and then takes highlights, colour names and the Annotated view.
 */
class MigrationV4Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path schema2Library() {
        return TestFiles.schema2Library(dir);
    }

    private static Map<Long, String> notes(Path file) throws Exception {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, notes FROM papers ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    @Test
    void everyNoteIsKeptAndHighlightsWorkAfterwards() throws Exception {
        Path file = schema2Library();
        assertThat(userVersion(file)).isEqualTo(2);
        Map<Long, String> before = notes(file);
        assertThat(before).hasSize(57).containsEntry(1L, "Read section 3 again.\nKeep the ablation table.");
        try (Library library = Library.open(file, CLOCK)) {
            for (Map.Entry<Long, String> e : before.entrySet()) {
                assertThat(library.paper(e.getKey()).orElseThrow().notes()).as("paper " + e.getKey())
                        .isEqualTo(e.getValue());
            }
            assertThat(library.highlightColors()).isEqualTo(HighlightColors.DEFAULT);
            assertThat(library.counts().annotated()).isEqualTo(1);
            assertThat(library.rows(PaperFilter.ANNOTATED)).extracting(r -> r.id()).containsExactly(1L);
            Highlight h = library.addHighlight(2, Highlight.Field.ABSTRACT, 0, 30, 1);
            library.setHighlightComment(h.id(), "checked after migration");
            assertThat(library.rows(PaperFilter.ALL.withQuery("migration checked"))).extracting(r -> r.id())
                    .containsExactly(2L);
            assertThat(library.papers()).filteredOn(Paper::annotated).extracting(Paper::id).containsExactly(1L, 2L);
            // Search still finds a note written before the migration.
            assertThat(library.rows(PaperFilter.ALL.withQuery("ablation table"))).extracting(r -> r.id())
                    .containsExactly(1L);
        }
        assertThat(userVersion(file)).isEqualTo(io.papershelf.storage.Database.latestVersion());
        assertThat(notes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library.db.v2-"));
        }
    }
}
