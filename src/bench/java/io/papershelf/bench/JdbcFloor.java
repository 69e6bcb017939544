package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.listing.ListingFormat;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.TitleKey;
import io.papershelf.storage.Database;
import io.papershelf.storage.SearchIndex;

/**
 * The floor the import is compared with: the least a program can do to get the same rows into the same
 * library. It reads the listing with the same reader (the rows have to come from somewhere), opens the
 * library through {@link Database} (same schema and settings), then writes the papers, the listing and the
 * paper-listing links with one prepared statement each in one transaction, and fills the full-text index
 * with one {@link SearchIndex#rebuild()}. No lookups of existing papers, no merging: the library is new.
 *
 * <p>{@code java -cp papershelf.jar:target/test-classes io.papershelf.bench.JdbcFloor LISTING LIBRARY}
 */
public final class JdbcFloor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JdbcFloor() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path file = Path.of(args[0]);
        Listing listing = ListingFormat.standard().read(file.getFileName().toString(), Files.readAllBytes(file),
                LocalDate.of(2026, 5, 20));
        long t1 = System.nanoTime();
        Instant now = Instant.now();
        long t2;
        try (Database db = Database.open(Path.of(args[1]), Clock.systemUTC())) {
            t2 = System.nanoTime();
            db.inTransaction(conn -> {
                write(conn, listing, now);
                return null;
            });
        }
        long t3 = System.nanoTime();
        System.out.printf("floor: read %.0f ms, open %.0f ms, write+index %.0f ms, %d papers%n", (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, listing.entries().size());
    }

    private static void write(Connection c, Listing listing, Instant now) throws SQLException {
        long listingId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO listings (file_name, listing_date, format, "
                + "imported_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, listing.fileName());
            ps.setString(2, listing.listingDate() == null ? null : listing.listingDate().toString());
            ps.setString(3, listing.format());
            ps.setString(4, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                listingId = keys.getLong(1);
            }
        }
        String stamp = now.toString();
        try (PreparedStatement paper = c.prepareStatement("INSERT INTO papers (id, arxiv_id, title, title_key, "
                + "abstract, authors, author_count, organization, organization_handle, published, upvotes, comments, "
                + "links, github_urls, has_code, project_page, github_stars, suggested_tags, added_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement source = c.prepareStatement(
                     "INSERT INTO paper_sources (paper_id, listing_id) VALUES (?, ?)")) {
            long id = 0;
            for (ListingEntry e : listing.entries()) {
                id++;
                int i = 1;
                paper.setLong(i++, id);
                paper.setString(i++, e.arxivId());
                paper.setString(i++, e.title());
                paper.setString(i++, TitleKey.of(e.title()));
                paper.setString(i++, e.abstractText());
                paper.setString(i++, json(e.authors()));
                setInt(paper, i++, e.authorCount());
                paper.setString(i++, e.organization() == null ? null : e.organization().name());
                paper.setString(i++, e.organization() == null ? null : e.organization().handle());
                paper.setString(i++, e.published() == null ? null : e.published().toString());
                setInt(paper, i++, e.upvotes());
                paper.setInt(i++, e.comments() == null ? 0 : e.comments());
                paper.setString(i++, json(e.links()));
                paper.setString(i++, json(e.githubUrls()));
                paper.setInt(i++, e.githubUrls().isEmpty() ? 0 : 1);
                paper.setString(i++, e.projectPage());
                setInt(paper, i++, e.githubStars());
                paper.setString(i++, json(e.suggestedTags()));
                paper.setString(i++, stamp);
                paper.setString(i, stamp);
                paper.executeUpdate();
                source.setLong(1, id);
                source.setLong(2, listingId);
                source.executeUpdate();
            }
        }
        new SearchIndex(c).rebuild();
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static String json(List<String> values) {
        try {
            return values == null || values.isEmpty() ? "[]" : JSON.writeValueAsString(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
