package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Doi;
import io.papershelf.model.Highlight;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;
import io.papershelf.model.SourceRef;

/**
 * The papers table: what the listings say about a paper and what the user made of it. Merge decisions
 * are not made here (the library makes them); this class only reads and writes rows.
 */
public final class PaperRepository {
    private final Connection c;
    private final StatementCache statements;
    private final HighlightRepository highlights;
    /**
     * The last instant written and its text, as one value: an import writes one instant into every row it adds or
     * updates. The repository is used from its connection's one thread.
     */
    private InstantText lastInstant;

    private record InstantText(Instant at, String text) {
    }

    public PaperRepository(Connection connection) {
        this.c = connection;
        this.statements = new StatementCache(connection);
        this.highlights = new HighlightRepository(connection);
    }

    public Optional<Long> idByArxiv(String arxivId) throws SQLException {
        PreparedStatement ps = statements.get("SELECT id FROM papers WHERE arxiv_id = ?");
        ps.setString(1, arxivId);
        return firstId(ps);
    }

    /** Whether the library holds any paper at all, in the Trash or not. */
    public boolean hasAny() throws SQLException {
        try (ResultSet rs = statements.get("SELECT 1 FROM papers LIMIT 1").executeQuery()) {
            return rs.next();
        }
    }

    /** The paper with this DOI (compared without case), if any. */
    public Optional<Long> idByDoi(String doi) throws SQLException {
        String key = Doi.key(doi);
        if (key == null) {
            return Optional.empty();
        }
        PreparedStatement ps = statements.get("SELECT id FROM papers WHERE lower(doi) = ? AND doi IS NOT NULL "
                + "ORDER BY id LIMIT 1");
        ps.setString(1, key);
        return firstId(ps);
    }

    /** The papers with this title key, oldest first: the candidates a card without a shared id may be. */
    public List<Paper> byTitleKey(String titleKey) throws SQLException {
        List<Long> ids = new ArrayList<>();
        PreparedStatement ps = statements.get("SELECT id FROM papers WHERE title_key = ? ORDER BY id");
        ps.setString(1, titleKey);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        List<Paper> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * {@code at.toString()}, made once per import rather than twice per paper: formatting an instant is slow in a
     * cold JVM, and its compilation alone took most of a second of an import of 10,000 papers.
     */
    private String instantText(Instant at) {
        InstantText last = lastInstant;
        if (last == null || !last.at().equals(at)) {
            last = new InstantText(at, at.toString());
            lastInstant = last;
        }
        return last.text();
    }

    private static Optional<Long> firstId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static final String LISTING_COLUMNS = "arxiv_id, title, title_key, abstract, authors, author_count, "
            + "organization, organization_handle, published, upvotes, comments, links, github_urls, has_code, "
            + "project_page, github_stars, suggested_tags, summary, doi, entry_type, venue, volume, issue, pages, "
            + "publisher";
    private static final String LISTING_PLACEHOLDERS = "?,".repeat(LISTING_COLUMNS.split(", ").length);

    /** Inserts a new paper with what its listing says; returns its id. */
    public long insert(ListingEntry e, String titleKey, Instant addedAt) throws SQLException {
        // RETURNING, not generated keys: the driver would run a second statement per paper to fetch them.
        PreparedStatement ps = statements.get("INSERT INTO papers (" + LISTING_COLUMNS + ", added_at, updated_at) "
                + "VALUES (" + LISTING_PLACEHOLDERS + "?,?) RETURNING id");
        int i = bindListingFields(ps, e, titleKey);
        String at = instantText(addedAt);
        ps.setString(i++, at);
        ps.setString(i, at);
        try (ResultSet keys = ps.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Replaces what the listing knows of paper {@code id} (the merged entry), leaving personal fields alone. */
    public void updateListingFields(long id, ListingEntry e, String titleKey, Instant now) throws SQLException {
        String sets = String.join(" = ?, ", LISTING_COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET " + sets + ", updated_at = ? WHERE id = ?")) {
            int i = bindListingFields(ps, e, titleKey);
            ps.setString(i++, instantText(now));
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    private static int bindListingFields(PreparedStatement ps, ListingEntry e, String titleKey) throws SQLException {
        int i = 1;
        ps.setString(i++, e.arxivId());
        ps.setString(i++, e.title());
        ps.setString(i++, titleKey);
        ps.setString(i++, e.abstractText());
        ps.setString(i++, JsonColumns.write(e.authors()));
        SqlValues.setInt(ps, i++, e.authorCount());
        ps.setString(i++, e.organization() == null ? null : e.organization().name());
        ps.setString(i++, e.organization() == null ? null : e.organization().handle());
        ps.setString(i++, e.published() == null ? null : e.published().iso());
        SqlValues.setInt(ps, i++, e.upvotes());
        ps.setInt(i++, e.comments() == null ? 0 : e.comments());
        ps.setString(i++, JsonColumns.write(e.links()));
        ps.setString(i++, JsonColumns.write(e.githubUrls()));
        ps.setInt(i++, e.githubUrls().isEmpty() ? 0 : 1);
        ps.setString(i++, e.projectPage());
        SqlValues.setInt(ps, i++, e.githubStars());
        ps.setString(i++, JsonColumns.write(e.suggestedTags()));
        ps.setString(i++, e.summary());
        Bibliographic b = e.bibliographic();
        ps.setString(i++, b.doi());
        ps.setString(i++, b.entryType());
        ps.setString(i++, b.venue());
        ps.setString(i++, b.volume());
        ps.setString(i++, b.issue());
        ps.setString(i++, b.pages());
        ps.setString(i++, b.publisher());
        return i;
    }

    /** The paper with everything known about it, trashed or not. */
    public Optional<Paper> find(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM papers WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(toPaper(rs, tagsOf(rs.getString("tags_text")), sourcesOf(id), highlights.of(id)));
            }
        }
    }

    /** Every paper, in id order, for export. Trashed papers are left out unless asked for. */
    public List<Paper> all(boolean includeTrash) throws SQLException {
        List<Paper> out = new ArrayList<>();
        var sources = new java.util.HashMap<Long, List<SourceRef>>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ps.paper_id, l.file_name, l.listing_date, "
                + "l.imported_at FROM paper_sources ps JOIN listings l ON l.id = ps.listing_id ORDER BY l.imported_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SourceRef(rs.getString(2),
                        SqlValues.date(rs.getString(3)), SqlValues.instant(rs.getString(4))));
            }
        }
        Map<Long, List<Highlight>> marks = highlights.all();
        String where = includeTrash ? "" : " WHERE deleted_at IS NULL";
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM papers" + where + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(toPaper(rs, tagsOf(rs.getString("tags_text")), sources.getOrDefault(id, List.of()),
                        marks.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    static List<String> tagsOf(String tagsText) {
        if (tagsText == null || tagsText.isEmpty()) {
            return List.of();
        }
        return List.of(tagsText.split("\n"));
    }

    private List<SourceRef> sourcesOf(long id) throws SQLException {
        List<SourceRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.file_name, l.listing_date, l.imported_at "
                + "FROM paper_sources ps JOIN listings l ON l.id = ps.listing_id WHERE ps.paper_id = ? "
                + "ORDER BY l.imported_at")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SourceRef(rs.getString(1), SqlValues.date(rs.getString(2)),
                            SqlValues.instant(rs.getString(3))));
                }
            }
        }
        return out;
    }

    private static Paper toPaper(ResultSet rs, List<String> tags, List<SourceRef> sources, List<Highlight> highlights)
            throws SQLException {
        String org = rs.getString("organization");
        Bibliographic bib = new Bibliographic(rs.getString("doi"), rs.getString("entry_type"), rs.getString("venue"),
                rs.getString("volume"), rs.getString("issue"), rs.getString("pages"), rs.getString("publisher"));
        return new Paper(rs.getLong("id"), rs.getString("title"), rs.getString("abstract"), rs.getString("summary"),
                rs.getString("arxiv_id"), JsonColumns.read(rs.getString("authors")), SqlValues.getInt(rs, "author_count"),
                org == null ? null : new Organization(org, rs.getString("organization_handle")),
                PublishedDate.parse(rs.getString("published")), bib, SqlValues.getInt(rs, "upvotes"), rs.getInt("comments"),
                JsonColumns.read(rs.getString("links")), JsonColumns.read(rs.getString("github_urls")),
                rs.getString("project_page"), SqlValues.getInt(rs, "github_stars"),
                JsonColumns.read(rs.getString("suggested_tags")), rs.getInt("is_read") != 0,
                SqlValues.instant(rs.getString("read_changed_at")), tags, rs.getString("notes"),
                SqlValues.instant(rs.getString("added_at")), sources, highlights);
    }

    /** Marks papers read or unread; only papers whose state changes get a new change time. */
    public int setRead(Collection<Long> ids, boolean read, Instant at) throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE papers SET is_read = ?, read_changed_at = ? WHERE id = ? AND is_read != ?")) {
            for (long id : ids) {
                ps.setInt(1, read ? 1 : 0);
                ps.setString(2, at.toString());
                ps.setLong(3, id);
                ps.setInt(4, read ? 1 : 0);
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    /** Sets the read state and its time as a backup recorded them. */
    public void restoreReadState(long id, boolean read, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET is_read = ?, read_changed_at = ? WHERE id = ?")) {
            ps.setInt(1, read ? 1 : 0);
            ps.setString(2, SqlValues.text(at));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void setNotes(long id, String notes, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET notes = ?, notes_changed_at = ? WHERE id = ?")) {
            ps.setString(1, notes);
            ps.setString(2, at.toString());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void setAddedAt(long id, Instant addedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET added_at = ? WHERE id = ?")) {
            ps.setString(1, addedAt.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Moves papers to the Trash ({@code at} non-null) or back out of it ({@code at} null). */
    public void setTrashed(Collection<Long> ids, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET deleted_at = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setString(1, SqlValues.text(at));
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the papers in the Trash for good; returns their ids. */
    public List<Long> purgeTrash() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM papers WHERE deleted_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM papers WHERE deleted_at IS NOT NULL")) {
            ps.executeUpdate();
        }
        return ids;
    }
}
