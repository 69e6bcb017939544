package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the "For you" ranking reads: which papers there are and at which version, their titles and abstracts,
 * and the labels the user gave (read, tags). Papers in the Trash are left out. The stamps come from the narrow
 * {@code papers_list} index; texts are read only for papers the ranking has not seen at their version.
 */
public final class RankingCorpusQuery {
    private static final int CHUNK = 500;

    private final Connection c;

    public RankingCorpusQuery(Connection connection) {
        this.c = connection;
    }

    /**
     * Paper ids in ascending order and a stamp each that changes when the paper's text may have changed; with
     * the latest time a paper among them was added (ISO text, null when none).
     */
    public record Stamps(long[] ids, long[] stamps, String lastAdded) {
    }

    /** How many papers up to an id, the sum of their row versions and the latest time one was added. */
    public record RangeSummary(long papers, long versions, String lastAdded) {
    }

    /** A paper's title and abstract, as one text. */
    @FunctionalInterface
    public interface TextSink {
        void accept(long id, String text) throws SQLException;
    }

    /**
     * Every paper not in the Trash with its stamp: the row version (bumped by a trigger whenever the listing's
     * fields are written) combined with the time it was added (an id freed by emptying the Trash is given to a
     * new paper with a new time).
     */
    public Stamps stamps() throws SQLException {
        return stamps("SELECT id, row_version, added_at FROM papers WHERE deleted_at IS NULL ORDER BY id");
    }

    private Stamps stamps(String sql) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return stampsOf(rows, collect(ps, rows, null));
        }
    }

    /** Adds each row's id and stamp; returns the latest time added, {@code last} included. */
    private static String collect(PreparedStatement ps, List<long[]> rows, String last) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String added = rs.getString(3);
                if (added != null && (last == null || added.compareTo(last) > 0)) {
                    last = added;
                }
                rows.add(new long[] {rs.getLong(1), rs.getLong(2) << 32 ^ (added == null ? 0 : added.hashCode() & 0xFFFFFFFFL)});
            }
        }
        return last;
    }

    private static Stamps stampsOf(List<long[]> rows, String last) {
        long[] ids = new long[rows.size()];
        long[] stamps = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i)[0];
            stamps[i] = rows.get(i)[1];
        }
        return new Stamps(ids, stamps, last);
    }

    /**
     * The papers not in the Trash with an id up to {@code maxId}: one aggregate over the list index. When it is
     * what it was, none of them changed, was trashed or restored, or lost its id to a new paper (row versions
     * only grow; a new paper has a later time).
     */
    public RangeSummary summary(long maxId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), total(row_version), max(added_at) FROM papers "
                + "WHERE deleted_at IS NULL AND id <= ?")) {
            ps.setLong(1, maxId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RangeSummary(rs.getLong(1), (long) rs.getDouble(2), rs.getString(3));
            }
        }
    }

    /** The stamps of the papers not in the Trash with an id above {@code minId}: new papers. */
    public Stamps stampsAbove(long minId) throws SQLException {
        return stamps("SELECT id, row_version, added_at FROM papers WHERE deleted_at IS NULL AND id > " + minId
                + " ORDER BY id");
    }

    /** The stamps of these papers (those not in the Trash), ascending: the papers a change touched. */
    public Stamps stampsOf(long[] ids) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        String last = null;
        for (long[] chunk : chunks(ids)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, row_version, added_at FROM papers "
                    + "WHERE deleted_at IS NULL AND id IN (" + placeholders(chunk.length) + ")")) {
                for (int i = 0; i < chunk.length; i++) {
                    ps.setLong(i + 1, chunk[i]);
                }
                last = collect(ps, rows, last);
            }
        }
        rows.sort(java.util.Comparator.comparingLong(r -> r[0]));
        return stampsOf(rows, last);
    }

    /** The texts of these papers. */
    public void texts(Collection<Long> ids, TextSink sink) throws SQLException {
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, abstract FROM papers WHERE id IN ("
                    + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                read(ps, sink);
            }
        }
    }

    private static void read(PreparedStatement ps, TextSink sink) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(rs.getLong(1), rs.getString(2) + "\n" + rs.getString(3));
            }
        }
    }

    /** The papers marked read, ascending. */
    public long[] readIds() throws SQLException {
        return longs("SELECT id FROM papers WHERE deleted_at IS NULL AND is_read = 1 ORDER BY id", new long[0]);
    }

    /** Of these papers, those marked read and not in the Trash, ascending. */
    public long[] readAmong(long[] ids) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (long[] chunk : chunks(ids)) {
            for (long id : longs("SELECT id FROM papers WHERE deleted_at IS NULL AND is_read = 1 AND id IN ("
                    + placeholders(chunk.length) + ")", chunk)) {
                out.add(id);
            }
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * Every tag (as the user spells it) with the papers not in the Trash that carry it, ascending; tags on no paper
     * are listed too. Two narrow reads (the Trash from the list index, the tag links), not a join over the wide rows.
     */
    public Map<String, long[]> tagged() throws SQLException {
        java.util.Set<Long> trashed = new java.util.HashSet<>();
        for (long id : longs("SELECT id FROM papers WHERE deleted_at IS NOT NULL", new long[0])) {
            trashed.add(id);
        }
        Map<String, List<Long>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, pt.paper_id FROM tags t "
                + "LEFT JOIN paper_tags pt ON pt.tag_id = t.id ORDER BY t.name, pt.paper_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Long> ids = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                long id = rs.getLong(2);
                if (!rs.wasNull() && !trashed.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return sortedArrays(out);
    }

    /** The tags of these papers (those not in the Trash): each tag with those of the papers that carry it. */
    public Map<String, long[]> tagsOf(long[] ids) throws SQLException {
        Map<String, List<Long>> out = new HashMap<>();
        for (long[] chunk : chunks(ids)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.name, pt.paper_id FROM paper_tags pt "
                    + "JOIN tags t ON t.id = pt.tag_id JOIN papers p ON p.id = pt.paper_id "
                    + "WHERE p.deleted_at IS NULL AND pt.paper_id IN (" + placeholders(chunk.length) + ")")) {
                for (int i = 0; i < chunk.length; i++) {
                    ps.setLong(i + 1, chunk[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        return sortedArrays(out);
    }

    private static Map<String, long[]> sortedArrays(Map<String, List<Long>> lists) {
        Map<String, long[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).sorted().distinct().toArray()));
        return out;
    }

    private long[] longs(String sql, long[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            long[] out = new long[64];
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = rs.getLong(1);
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    private static List<long[]> chunks(long[] ids) {
        List<long[]> out = new ArrayList<>();
        for (int from = 0; from < ids.length; from += CHUNK) {
            out.add(java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + CHUNK)));
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** Papers best matching an FTS5 query, best first (bm25), at most {@code limit}: the evaluation's baseline. */
    public List<Long> bm25(String ftsQuery, int limit) throws SQLException {
        return new SearchIndex(c).ranked(ftsQuery, limit);
    }
}
