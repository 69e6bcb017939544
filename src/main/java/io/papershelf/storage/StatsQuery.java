package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadingStats;

/**
 * The numbers behind the reading statistics, as SQL aggregates over the papers a filter selects (the same
 * filter as the list's, see {@link PaperListQuery}): how many papers were added at each instant (with how many
 * of them are read and have code: their sums are the totals), how many were read at each instant (with when they
 * were added), and the organisations and tags with most papers.
 * Imports add their papers at one instant and bulk marks read them at one, so these lists are short even at
 * 100,000 papers. Weeks, time zones and medians are the library's business.
 */
public final class StatsQuery {
    private final Connection c;

    public StatsQuery(Connection connection) {
        this.c = connection;
    }

    /** Papers added at one instant. */
    public record Added(Instant at, int papers) {
    }

    /** Papers read now, added at one instant and marked read at another. */
    public record Read(Instant addedAt, Instant readAt, int papers) {
    }

    /**
     * What the statistics are computed from.
     *
     * @param read  papers read now, with or without a read time (a backup may lack it)
     * @param reads papers read now that have a read time, grouped by their two instants
     */
    public record Facts(int papers, int read, int withCode, List<Added> added, List<Read> reads,
                        List<ReadingStats.Count> organizations, List<ReadingStats.Count> tags) {
    }

    /**
     * The facts for the papers the filter selects; {@code ftsQuery} and {@code recentSince} as for
     * {@link PaperListQuery#rows}. Organisations and tags: the {@code top} with most papers. Run it in one
     * read transaction, so that all parts see the same papers.
     */
    public Facts facts(PaperFilter filter, String ftsQuery, Instant recentSince, int top) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        PaperListQuery.where(where, args, filter, ftsQuery, recentSince);
        int[] totals = new int[3]; // papers, read, with code: the sums of the groups by added_at
        List<Added> added = new ArrayList<>();
        query("SELECT p.added_at, count(*), sum(p.is_read), sum(p.has_code) FROM papers p" + where
                + " GROUP BY p.added_at", args, rs -> {
                    added.add(new Added(SqlValues.instant(rs.getString(1)), rs.getInt(2)));
                    totals[0] += rs.getInt(2);
                    totals[1] += rs.getInt(3);
                    totals[2] += rs.getInt(4);
                });
        List<Read> reads = new ArrayList<>();
        query("SELECT p.added_at, p.read_changed_at, count(*) FROM papers p" + where
                        + " AND p.is_read = 1 AND p.read_changed_at IS NOT NULL GROUP BY p.added_at, p.read_changed_at",
                args, rs -> reads.add(new Read(SqlValues.instant(rs.getString(1)), SqlValues.instant(rs.getString(2)),
                        rs.getInt(3))));
        List<ReadingStats.Count> organizations = new ArrayList<>();
        query("SELECT p.organization, count(*) AS n FROM papers p" + where + " AND coalesce(p.organization, '') <> ''"
                        + " GROUP BY p.organization ORDER BY n DESC, p.organization LIMIT " + top, args,
                rs -> organizations.add(new ReadingStats.Count(rs.getString(1), rs.getInt(2))));
        // From the tagged papers, not the library: the whole library is "not among the few in the Trash" (a set of
        // 100,000 ids to match against took 50 ms at 100,000 papers); any other filter joins each tagged paper.
        boolean everything = filter.equals(PaperFilter.ALL) && ftsQuery == null;
        String tagged = everything
                ? " WHERE pt.paper_id NOT IN (SELECT id FROM papers WHERE deleted_at IS NOT NULL)"
                : " JOIN papers p ON p.id = pt.paper_id" + where;
        List<ReadingStats.Count> tags = new ArrayList<>();
        query("SELECT t.name, count(*) AS n FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id" + tagged
                        + " GROUP BY t.id ORDER BY n DESC, t.name COLLATE NOCASE LIMIT " + top,
                everything ? List.of() : args, rs -> tags.add(new ReadingStats.Count(rs.getString(1), rs.getInt(2))));
        return new Facts(totals[0], totals[1], totals[2], added, reads, organizations, tags);
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            PaperListQuery.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        }
    }
}
