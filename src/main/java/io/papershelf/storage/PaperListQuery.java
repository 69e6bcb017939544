package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/**
 * The rows of the paper list for a filter, without abstracts, and the counts the sidebar shows. The
 * free-text part of a filter is applied by the caller through {@link SearchIndex}, which hands in the
 * matching full-text query.
 *
 * <p>Rows come with their {@code row_version} (see migration V2), so that a caller can keep rows it has read
 * and ask for them again only when they changed: {@link #versions} answers "which papers, at which version"
 * from a narrow index, without reading the papers' wide rows.
 */
public final class PaperListQuery {
    /** The columns {@link RowReader} reads, in its order; the version is last. */
    static final String ROW_COLUMNS = "p.id, p.title, p.organization, p.organization_handle, p.author_count, "
            + "CASE WHEN p.authors = '[]' THEN 0 ELSE json_array_length(p.authors) END, "
            + "CASE WHEN p.authors = '[]' THEN NULL ELSE json_extract(p.authors, '$[0]') END, p.published, "
            + "p.upvotes, p.comments, p.is_read, p.has_code, p.notes <> '', p.tags_text, p.added_at, p.summary, "
            + "p.row_version";

    private final Connection c;

    public PaperListQuery(Connection connection) {
        this.c = connection;
    }

    /** Rows, each with the version it was read at ({@code versions[i]} belongs to {@code rows.get(i)}). */
    public record VersionedRows(List<PaperRow> rows, long[] versions) {
    }

    /** Which papers match, in the list's order, and the version of each. */
    public record RowVersions(long[] ids, long[] versions) {
        public int size() {
            return ids.length;
        }
    }

    /**
     * The rows matching the filter's structured parts and, when {@code ftsQuery} is non-null, the
     * full-text query, in the list's order ({@link #from}). {@code recentSince} bounds "recently added".
     */
    public VersionedRows rows(PaperFilter filter, String ftsQuery, Instant recentSince) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(ROW_COLUMNS);
        List<Object> args = new ArrayList<>();
        from(sql, args, filter, ftsQuery, recentSince);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            return read(ps, new ArrayList<>(), new LongList());
        }
    }

    /**
     * The ids and versions of the papers {@link #rows} would return, at most {@code limit} of them (0: all),
     * the first ones in the list's order. With a full-text query and a limit, the full-text index leads and stops
     * at the limit, so that a first page of "tr*" does not wait for all its matches (a listing, a few thousand
     * papers at most, leads instead: its order is the listing's).
     */
    public RowVersions versions(PaperFilter filter, String ftsQuery, Instant recentSince, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (ftsQuery != null && limit > 0 && filter.listingId() == null) {
            sql.append("SELECT p.id, p.row_version FROM paper_search f JOIN papers p ON p.id = f.rowid");
            where(sql, args, filter, null, recentSince);
            sql.append(" AND paper_search MATCH ? ORDER BY f.rowid");
            args.add(ftsQuery);
        } else {
            sql.append("SELECT p.id, p.row_version");
            from(sql, args, filter, ftsQuery, recentSince);
        }
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        LongList ids = new LongList();
        LongList versions = new LongList();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    versions.add(rs.getLong(2));
                }
            }
        }
        return new RowVersions(ids.toArray(), versions.toArray());
    }

    /** The rows of these papers (in the Trash or not), in id order. */
    public VersionedRows rowsByIds(Collection<Long> ids) throws SQLException {
        List<PaperRow> out = new ArrayList<>();
        LongList versions = new LongList();
        List<Long> list = new ArrayList<>(ids);
        Collections.sort(list);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM papers p WHERE p.id IN ("
                    + in + ") ORDER BY p.id")) {
                bind(ps, new ArrayList<>(chunk));
                read(ps, out, versions);
            }
        }
        return new VersionedRows(out, versions.toArray());
    }

    private static VersionedRows read(PreparedStatement ps, List<PaperRow> out, LongList versions) throws SQLException {
        RowReader reader = new RowReader();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(reader.row(rs));
                versions.add(RowReader.version(rs));
            }
        }
        return new VersionedRows(out, versions.toArray());
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

    /**
     * Appends the rest of a list query after its columns: the papers of the filter in the list's order. That is
     * id order (the order papers came into the library), except for one listing's papers, which stand in the
     * listing's own order (its card positions, schema 5): the listing's index leads and no sort is needed.
     */
    private static void from(StringBuilder sql, List<Object> args, PaperFilter f, String ftsQuery, Instant recentSince) {
        if (f.listingId() == null) {
            sql.append(" FROM papers p");
            where(sql, args, f, ftsQuery, recentSince);
            sql.append(" ORDER BY p.id");
            return;
        }
        sql.append(" FROM paper_sources s JOIN papers p ON p.id = s.paper_id");
        where(sql, args, f, ftsQuery, recentSince, false);
        sql.append(" AND s.listing_id = ? ORDER BY s.position, s.paper_id");
        args.add(f.listingId());
    }

    /** Appends the WHERE clause of a filter over {@code papers p}, with its arguments (also used by {@link StatsQuery}). */
    static void where(StringBuilder sql, List<Object> args, PaperFilter f, String ftsQuery,
                              Instant recentSince) {
        where(sql, args, f, ftsQuery, recentSince, true);
    }

    private static void where(StringBuilder sql, List<Object> args, PaperFilter f, String ftsQuery,
                              Instant recentSince, boolean listing) {
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
        if (f.annotated()) {
            // The terms of the partial index papers_noted, word for word, so that SQLite uses it.
            conditions.add("p.id IN (SELECT id FROM papers WHERE notes <> '' AND deleted_at IS NULL "
                    + "UNION SELECT paper_id FROM highlights)");
        }
        if (listing && f.listingId() != null) {
            conditions.add("p.id IN (SELECT paper_id FROM paper_sources WHERE listing_id = ?)");
            args.add(f.listingId());
        }
        if (f.organization() != null) {
            conditions.add("p.organization = ?");
            args.add(f.organization());
        }
        if (ftsQuery != null) {
            conditions.add("p.id IN (SELECT rowid FROM paper_search WHERE paper_search MATCH ?)");
            args.add(ftsQuery);
        }
        sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    /** A growable array of longs: 100,000 ids without 100,000 boxes. */
    private static final class LongList {
        private long[] values = new long[256];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
