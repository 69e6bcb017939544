package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.Highlight;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.ListingSource;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.storage.CompactBackup;
import io.papershelf.storage.Database;

/**
 * Migration V5 on the schema-4 library kept as a fixture (src/test/resources/db/schema4) and on the schema-2 one:
 * every note and highlight kept, each listing keeps the order it showed, and a listing imported again takes its
 * own order; afterwards notes, summaries and highlights written by another process reach the list's kept rows.
 */
class MigrationV5Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static List<String> column(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static final String NOTES = "SELECT id, notes, notes_changed_at FROM papers ORDER BY id";
    private static final String HIGHLIGHTS = "SELECT * FROM highlights ORDER BY id";

    private static long listingId(Library library, String fileName) throws Exception {
        return library.listings().stream().filter(l -> l.fileName().equals(fileName)).findFirst()
                .map(ListingSource::id).orElseThrow();
    }

    private static List<Long> listingView(Library library, String fileName) throws Exception {
        PaperFilter f = new PaperFilter(null, null, false, false, listingId(library, fileName), "", false);
        return library.rows(f).stream().map(PaperRow::id).toList();
    }

    @Test
    void aSchema4LibraryKeepsEveryNoteAndHighlightAndEachListingItsOrder() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        assertThat(column(file, "PRAGMA user_version")).containsExactly("4");
        List<String> notes = column(file, NOTES);
        List<String> highlights = column(file, HIGHLIGHTS);
        assertThat(notes).filteredOn(n -> !n.contains("||")).hasSize(2);
        assertThat(highlights).hasSize(3);
        try (Library library = Library.open(file, CLOCK)) {
            // Schema 4 showed a listing in the order its papers came into the library; that order is kept.
            assertThat(listingView(library, "library-export.bib")).containsExactly(4L, 5L, 7L, 8L, 9L, 10L);
            assertThat(listingView(library, "daily-papers-clip.md")).containsExactly(2L, 3L, 11L, 12L, 13L, 14L, 15L,
                    16L, 17L);
            assertThat(library.highlightColors().name(1)).isEqualTo("Doubt");
            assertThat(library.paper(2).orElseThrow().highlights()).extracting(Highlight::comment)
                    .containsExactly("the claim to check", "");
            assertThat(library.rows(PaperFilter.ALL.withQuery("claim check"))).extracting(PaperRow::id)
                    .containsExactly(2L);
        }
        assertThat(column(file, "PRAGMA user_version")).containsExactly(String.valueOf(Database.latestVersion()));
        assertThat(column(file, NOTES)).isEqualTo(notes);
        assertThat(column(file, HIGHLIGHTS)).isEqualTo(highlights);
        assertThat(column(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aListingImportedAgainAfterTheMigrationTakesItsOwnOrder() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        try (Library library = Library.open(file, CLOCK)) {
            Path bib = TestFiles.copy("library-export.bib", dir);
            library.importFiles(List.of(bib), LocalDate.of(2026, 12, 1)); // the same file and date: the same listing
            // LoRA, DeiT, Chollet, Schölkopf, then "Attention Is All You Need" (paper 4, the file's fifth entry), He.
            assertThat(listingView(library, "library-export.bib")).containsExactly(5L, 7L, 8L, 9L, 4L, 10L);
            assertThat(library.listings()).hasSize(4);
        }
    }

    @Test
    void aNewListingShowsPapersAnEarlierOneBroughtWhereItsOwnCardsAre() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"), CLOCK)) {
            library.importFiles(List.of(TestFiles.copy("api-daily-papers.json", dir)), LocalDate.of(2026, 11, 30));
            Path clip = TestFiles.copy("daily-papers-clip.md", dir);
            library.importFiles(List.of(clip), LocalDate.of(2026, 12, 1));
            List<String> fileOrder = library.read(clip, LocalDate.of(2026, 12, 1)).entries().stream()
                    .map(ListingEntry::title).toList();
            List<String> view = library.rows(new PaperFilter(null, null, false, false,
                    listingId(library, "daily-papers-clip.md"), "", false)).stream().map(PaperRow::title).toList();
            assertThat(view).isEqualTo(fileOrder);
            // "Soft Instruction De-escalation Defense" came first from the API listing, and is the clip's last card.
            assertThat(view.get(view.size() - 1)).isEqualTo("Soft Instruction De-escalation Defense");
            assertThat(library.rows(PaperFilter.ALL).get(2).title()).isEqualTo("Soft Instruction De-escalation Defense");
            // The first page of a search within the listing is in the listing's order too.
            PaperFilter llm = new PaperFilter(null, null, false, false, listingId(library, "daily-papers-clip.md"),
                    "code", false);
            assertThat(library.rows(llm, 2)).isEqualTo(library.rows(llm).subList(0, 2));
        }
    }

    @Test
    void aSchema2LibraryKeepsEveryNoteThroughV5() throws Exception {
        Path file = TestFiles.schema2Library(dir);
        List<String> notes = column(file, NOTES);
        try (Library library = Library.open(file, CLOCK)) {
            assertThat(listingView(library, "daily-papers-search-2026-05-20.txt")).hasSize(49).startsWith(1L, 2L, 4L);
        }
        assertThat(column(file, "PRAGMA user_version")).containsExactly(String.valueOf(Database.latestVersion()));
        assertThat(column(file, NOTES)).isEqualTo(notes);
        assertThat(column(file, "SELECT count(*) FROM paper_sources WHERE position IS NULL")).containsExactly("0");
    }

    @Test
    void notesSummariesAndHighlightsWrittenElsewhereReachTheKeptRows() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        try (Library window = Library.open(file, CLOCK)) {
            PaperRow before = window.rows(PaperFilter.ALL).stream().filter(r -> r.id() == 7).findFirst().orElseThrow();
            assertThat(before.hasNote()).isFalse();
            assertThat(before.summary()).isNull();
            try (Library other = Library.open(file, CLOCK)) { // another process: the command line, say
                other.saveNotes(7, "Written on the command line.");
            }
            assertThat(row(window, 7).hasNote()).isTrue();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("UPDATE papers SET summary = 'A one-line summary.' WHERE id = 7");
                long version = rowVersion(s, 8);
                s.execute("INSERT INTO highlights (paper_id, field, start, quote, color, created_at, changed_at) "
                        + "VALUES (8, 'title', 0, 'On', 0, '2026-12-02T09:00:00Z', '2026-12-02T09:00:00Z')");
                assertThat(rowVersion(s, 8)).isEqualTo(version + 1);
                s.execute("UPDATE highlights SET comment = 'why?' WHERE paper_id = 8");
                s.execute("DELETE FROM highlights WHERE paper_id = 8");
                assertThat(rowVersion(s, 8)).isEqualTo(version + 3);
            }
            assertThat(row(window, 7).summary()).isEqualTo("A one-line summary.");
        }
    }

    @Test
    void aCompactBackupTakenAtSchema4IsRestoredAndMigratedWithEveryNoteAndHighlight() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        List<String> notes = column(file, NOTES);
        List<String> highlights = column(file, HIGHLIGHTS);
        Path backup = dir.resolve("library-20261201-090000-daily-00000000.backup");
        assertThat(CompactBackup.write(file, backup).schemaVersion()).isEqualTo(4); // as the day before the update
        try (Library library = Library.open(file, CLOCK)) {
            library.saveNotes(1, "Changed after the backup.");
        }
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofHours(1));
        LibraryRestore.restore(file, backup, LibraryRestore.Reason.BEFORE_RESTORE, later);
        assertThat(column(file, "PRAGMA user_version")).containsExactly("4");
        try (Library library = Library.open(file, later)) {
            assertThat(listingView(library, "library-export.bib")).containsExactly(4L, 5L, 7L, 8L, 9L, 10L);
            assertThat(library.rows(PaperFilter.ALL.withQuery("claim check"))).extracting(PaperRow::id)
                    .containsExactly(2L);
        }
        assertThat(column(file, "PRAGMA user_version")).containsExactly(String.valueOf(Database.latestVersion()));
        assertThat(column(file, NOTES)).isEqualTo(notes);
        assertThat(column(file, HIGHLIGHTS)).isEqualTo(highlights);
    }

    @Test
    void aCompactBackupAtSchema5KeepsEachListingsOwnOrder() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        List<Long> order;
        try (Library library = Library.open(file, CLOCK)) {
            library.importFiles(List.of(TestFiles.copy("library-export.bib", dir)), LocalDate.of(2026, 12, 1));
            order = listingView(library, "library-export.bib");
            assertThat(order).containsExactly(5L, 7L, 8L, 9L, 4L, 10L);
        }
        Path backup = dir.resolve("library-20261202-090000-daily-00000000.backup");
        assertThat(CompactBackup.write(file, backup).schemaVersion()).isEqualTo(Database.latestVersion());
        LibraryRestore.restore(file, backup, LibraryRestore.Reason.BEFORE_RESTORE, CLOCK);
        try (Library library = Library.open(file, CLOCK)) {
            assertThat(listingView(library, "library-export.bib")).isEqualTo(order);
            assertThat(library.paper(6).orElseThrow().highlights()).extracting(Highlight::comment)
                    .containsExactly("result, in the Trash later");
        }
    }

    private static PaperRow row(Library library, long id) throws Exception {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static long rowVersion(Statement s, long id) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT row_version FROM papers WHERE id = " + id)) {
            return rs.getLong(1);
        }
    }
}
