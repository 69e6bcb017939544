package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/**
 * The rows of the paper list for a filter, without abstracts, and the counts the sidebar shows. The
 * free-text part of a filter is applied by the caller through {@link SearchIndex}, which hands in the
 * matching full-text query.
 */
public final class PaperListQuery {
    private static final String ROW_COLUMNS = "p.id, p.title, p.organization, p.author_count, "
            + "json_array_length(p.authors) AS named_authors, p.published, p.upvotes, p.comments, p.is_read, "
            + "p.has_code, p.tags_text, p.added_at";

    private final Connection c;

    public PaperListQuery(Connection connection) {
        this.c = connection;
    }

    /**
     * The rows matching the filter's structured parts and, when {@code ftsQuery} is non-null, the
     * full-text query. {@code recentSince} bounds "recently added".
     */
    public List<PaperRow> rows(PaperFilter filter, String ftsQuery, Instant recentSince) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(ROW_COLUMNS).append(" FROM papers p");
        List<Object> args = new ArrayList<>();
        where(sql, args, filter, ftsQuery, recentSince);
        sql.append(" ORDER BY p.id");
        List<PaperRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** The rows of these papers (in the Trash or not), in id order. */
    public List<PaperRow> rowsByIds(java.util.Collection<Long> ids) throws SQLException {
        List<PaperRow> out = new ArrayList<>();
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM papers p WHERE p.id IN ("
                    + in + ") ORDER BY p.id")) {
                bind(ps, new ArrayList<>(chunk));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
        }
        return out;
    }

    /** How many papers match the filter (same rules as {@link #rows}). */
    public int count(PaperFilter filter, String ftsQuery, Instant recentSince) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM papers p");
        List<Object> args = new ArrayList<>();
        where(sql, args, filter, ftsQuery, recentSince);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void where(StringBuilder sql, List<Object> args, PaperFilter f, String ftsQuery,
                              Instant recentSince) {
        List<String> conditions = new ArrayList<>();
        conditions.add(f.trash() ? "p.deleted_at IS NOT NULL" : "p.deleted_at IS NULL");
        if (f.readState() == ReadState.READ) {
            conditions.add("p.is_read = 1");
        } else if (f.readState() == ReadState.UNREAD) {
            conditions.add("p.is_read = 0");
        }
        if (f.hasCode()) {
            conditions.add("p.has_code = 1");
        }
        if (f.recentlyAdded()) {
            conditions.add("p.added_at >= ?");
            args.add(recentSince.toString());
        }
        if (f.tag() != null) {
            conditions.add("p.id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                    + "WHERE t.name = ?)");
            args.add(f.tag());
        }
        if (f.listingId() != null) {
            conditions.add("p.id IN (SELECT paper_id FROM paper_sources WHERE listing_id = ?)");
            args.add(f.listingId());
        }
        if (ftsQuery != null) {
            conditions.add("p.id IN (SELECT rowid FROM paper_search WHERE paper_search MATCH ?)");
            args.add(ftsQuery);
        }
        sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static PaperRow row(ResultSet rs) throws SQLException {
        return new PaperRow(rs.getLong("id"), rs.getString("title"),
                PaperRow.byline(rs.getString("organization"), SqlValues.getInt(rs, "author_count"),
                        rs.getInt("named_authors")),
                SqlValues.date(rs.getString("published")), SqlValues.getInt(rs, "upvotes"), rs.getInt("comments"),
                rs.getInt("is_read") != 0, rs.getInt("has_code") != 0,
                PaperRepository.tagsOf(rs.getString("tags_text")), SqlValues.instant(rs.getString("added_at")));
    }
}
