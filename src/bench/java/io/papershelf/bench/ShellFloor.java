package io.papershelf.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.listing.ListingFormat;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.TitleKey;

/**
 * The floor of issue 16: the same rows loaded by the {@code sqlite3} command-line shell into a table plus
 * an FTS5 index, in one transaction. The rows are the papers the import writes, read from the listing with
 * the app's reader beforehand (not timed) and written as CSV; the shell then runs {@link #script}: the
 * library's settings (WAL, {@code synchronous=FULL}), one table with the columns the import fills,
 * {@code .import} of the CSV, and the app's full-text index (same tokenizer, prefix indexes and
 * {@code hashsize}; without {@code contentless_delete}, which Debian 12's shell, SQLite 3.40, predates) filled
 * with one {@code INSERT ... SELECT}. What the shell does not pay for: a JVM, reading the listing, merging,
 * the library's other tables.
 */
final class ShellFloor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path csv;
    private final Path script;

    private ShellFloor(Path csv, Path script) {
        this.csv = csv;
        this.script = script;
    }

    /** Writes the CSV of the listing's rows and the shell's script into {@code dir}. */
    static ShellFloor prepare(Path listing, Path dir) throws Exception {
        Listing read = ListingFormat.standard().read(listing.getFileName().toString(), Files.readAllBytes(listing),
                LocalDate.of(2026, 5, 20));
        Path csv = dir.resolve("floor-rows.csv");
        String now = Instant.now().toString();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            long id = 0;
            for (ListingEntry e : read.entries()) {
                id++;
                List<String> cells = List.of(String.valueOf(id), text(e.arxivId()), e.title(), TitleKey.of(e.title()),
                        text(e.abstractText()), json(e.authors()), number(e.authorCount()),
                        e.organization() == null ? "" : e.organization().name(),
                        e.organization() == null ? "" : text(e.organization().handle()),
                        e.published() == null ? "" : e.published().toString(), number(e.upvotes()),
                        number(e.comments()), json(e.links()), json(e.githubUrls()), e.githubUrls().isEmpty() ? "0" : "1",
                        text(e.projectPage()), number(e.githubStars()), json(e.suggestedTags()), now, now);
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write('"');
                    out.write(cells.get(i).replace("\"", "\"\""));
                    out.write('"');
                }
                out.write('\n');
            }
        }
        Path script = dir.resolve("floor.sql");
        Files.writeString(script, script(csv));
        return new ShellFloor(csv, script);
    }

    static String script(Path csv) {
        return """
                .bail on
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                BEGIN;
                CREATE TABLE papers (id INTEGER PRIMARY KEY, arxiv_id TEXT, title TEXT NOT NULL, title_key TEXT NOT NULL,
                    abstract TEXT NOT NULL, authors TEXT NOT NULL, author_count INTEGER, organization TEXT,
                    organization_handle TEXT, published TEXT, upvotes INTEGER, comments INTEGER NOT NULL, links TEXT NOT NULL,
                    github_urls TEXT NOT NULL, has_code INTEGER NOT NULL, project_page TEXT, github_stars INTEGER,
                    suggested_tags TEXT NOT NULL, added_at TEXT NOT NULL, updated_at TEXT NOT NULL);
                .import --csv %s papers
                CREATE VIRTUAL TABLE paper_search USING fts5 (title, abstract, organization, notes, tags,
                    content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                INSERT INTO paper_search (paper_search, rank) VALUES ('hashsize', 8388608);
                INSERT INTO paper_search (rowid, title, abstract, organization, notes, tags)
                    SELECT id, title, abstract, organization || ' ' || organization_handle, '', '' FROM papers;
                COMMIT;
                SELECT count(*) || ' papers' FROM papers;
                """.formatted(csv.toAbsolutePath());
    }

    /** The shell's command: {@code sqlite3 -init SCRIPT LIBRARY .quit}, for timing. */
    List<String> command(Path library) {
        return List.of("sqlite3", "-batch", "-init", script.toString(), library.toString(), ".quit");
    }

    Path csv() {
        return csv;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String json(List<String> values) throws IOException {
        return values == null || values.isEmpty() ? "[]" : JSON.writeValueAsString(values);
    }
}
