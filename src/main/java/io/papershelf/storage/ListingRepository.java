package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.model.ListingSource;

/** The listing files imported and which papers each brought: one row per file name and listing date. */
public final class ListingRepository {
    private final Connection c;
    private final StatementCache statements;

    public ListingRepository(Connection connection) {
        this.c = connection;
        this.statements = new StatementCache(connection);
    }

    /** The listing's id; importing the same file again refreshes its import time. */
    public long record(String fileName, LocalDate listingDate, String format, Instant importedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO listings (file_name, listing_date, format, "
                + "imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (file_name, listing_date) DO UPDATE SET "
                + "imported_at = excluded.imported_at, format = excluded.format RETURNING id")) {
            ps.setString(1, fileName);
            ps.setString(2, SqlValues.text(listingDate));
            ps.setString(3, format);
            ps.setString(4, importedAt.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Records that the listing brought the paper, as its card number {@code position} (0 for the first): the
     * listing's view shows its papers in this order. The same listing imported again (a newer save of the page)
     * moves the paper to where the new file has it.
     */
    public void link(long paperId, long listingId, int position) throws SQLException {
        PreparedStatement ps = statements.get("INSERT INTO paper_sources (paper_id, listing_id, position) VALUES (?, ?, ?) "
                + "ON CONFLICT (paper_id, listing_id) DO UPDATE SET position = excluded.position "
                + "WHERE position IS NOT excluded.position");
        ps.setLong(1, paperId);
        ps.setLong(2, listingId);
        ps.setInt(3, position);
        ps.executeUpdate();
    }

    /**
     * Records that the listing brought the paper, after the papers it holds already (restoring a JSON backup, which
     * lists a paper's sources without their order); a paper it holds already keeps its place.
     */
    public void linkLast(long paperId, long listingId) throws SQLException {
        PreparedStatement ps = statements.get("INSERT OR IGNORE INTO paper_sources (paper_id, listing_id, position) "
                + "VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM paper_sources WHERE listing_id = ?2))");
        ps.setLong(1, paperId);
        ps.setLong(2, listingId);
        ps.executeUpdate();
    }

    /** The papers not in the Trash that this listing brought and no other did. */
    public List<Long> papersOnlyIn(long listingId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.paper_id FROM paper_sources s WHERE s.listing_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM paper_sources o WHERE o.paper_id = s.paper_id AND o.listing_id <> ?) "
                + "AND s.paper_id IN (SELECT id FROM papers WHERE deleted_at IS NULL) "
                + "ORDER BY s.paper_id")) {
            ps.setLong(1, listingId);
            ps.setLong(2, listingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Forgets a listing and which papers it brought; the papers stay. */
    public void delete(long listingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM listings WHERE id = ?")) {
            ps.setLong(1, listingId);
            ps.executeUpdate();
        }
    }

    /** Every imported listing with the number of its papers not in the Trash, newest import first. */
    public List<ListingSource> all() throws SQLException {
        return all(false);
    }

    /** The same, counting only unread papers when {@code unreadOnly}. */
    public List<ListingSource> all(boolean unreadOnly) throws SQLException {
        List<ListingSource> out = new ArrayList<>();
        // Papers not in the Trash, counted as "not among the few in the Trash": the narrow index answers that,
        // where joining each paper would read 100,000 wide rows at start-up.
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.file_name, l.listing_date, l.imported_at, "
                + "(SELECT count(*) FROM paper_sources s WHERE s.listing_id = l.id "
                + " AND s.paper_id NOT IN (SELECT id FROM papers WHERE deleted_at IS NOT NULL"
                + (unreadOnly ? " OR is_read = 1" : "") + ")) "
                + "FROM listings l ORDER BY l.imported_at DESC, l.id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ListingSource(rs.getLong(1), rs.getString(2), SqlValues.date(rs.getString(3)),
                        SqlValues.instant(rs.getString(4)), rs.getInt(5)));
            }
        }
        return out;
    }
}
