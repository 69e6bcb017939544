package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The FTS5 index over title, abstract, organisation, notes (with highlights and their comments) and tags.
 * It is contentless (the text stays
 * in {@code papers}), so rows are re-indexed by deleting and inserting them in bulk from the papers
 * table; no per-row trigger.
 */
public final class SearchIndex {
    private static final int CHUNK = 500;
    /** Consecutive new ids from this many on are indexed as one range. */
    private static final int RUN = 32;
    /** The notes column also holds the paper's highlights and their comments (migration V4). */
    private static final String SOURCE = "SELECT id, title, abstract, coalesce(organization, '') || ' ' || "
            + "coalesce(organization_handle, ''), notes || coalesce((SELECT ' ' || group_concat(h.quote || ' ' "
            + "|| h.comment, ' ') FROM highlights h WHERE h.paper_id = papers.id), ''), tags_text FROM papers";

    private final Connection c;

    public SearchIndex(Connection connection) {
        this.c = connection;
    }

    /** Brings the index up to date for these papers (new, changed or deleted). */
    public void reindex(Collection<Long> ids) throws SQLException {
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            String in = placeholders(chunk.size());
            try (PreparedStatement del = c.prepareStatement("DELETE FROM paper_search WHERE rowid IN (" + in + ")");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO paper_search (rowid, title, abstract, "
                         + "organization, notes, tags) " + SOURCE + " WHERE id IN (" + in + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    del.setLong(i + 1, chunk.get(i));
                    ins.setLong(i + 1, chunk.get(i));
                }
                del.executeUpdate();
                ins.executeUpdate();
            }
        }
    }

    /**
     * Adds papers new to the library (never indexed): the same as {@link #reindex} without first deleting
     * what the index does not hold, which with contentless_delete is not free. An import's new papers have
     * consecutive ids, and a run of them goes in with one statement over the id range: several times
     * faster than in lists of ids.
     */
    public void index(Collection<Long> newIds) throws SQLException {
        long[] ids = newIds.stream().mapToLong(Long::longValue).sorted().toArray();
        List<Long> scattered = new ArrayList<>();
        try (PreparedStatement range = c.prepareStatement("INSERT INTO paper_search (rowid, title, abstract, "
                + "organization, notes, tags) " + SOURCE + " WHERE id BETWEEN ? AND ?")) {
            int i = 0;
            while (i < ids.length) {
                int j = i;
                while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                    j++;
                }
                if (j - i + 1 >= RUN) {
                    range.setLong(1, ids[i]);
                    range.setLong(2, ids[j]);
                    range.executeUpdate();
                } else {
                    for (int k = i; k <= j; k++) {
                        scattered.add(ids[k]);
                    }
                }
                i = j + 1;
            }
        }
        for (int from = 0; from < scattered.size(); from += CHUNK) {
            List<Long> chunk = scattered.subList(from, Math.min(scattered.size(), from + CHUNK));
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO paper_search (rowid, title, abstract, "
                    + "organization, notes, tags) " + SOURCE + " WHERE id IN (" + placeholders(chunk.size()) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    ins.setLong(k + 1, chunk.get(k));
                }
                ins.executeUpdate();
            }
        }
    }

    /** Empties and refills the whole index. */
    public void rebuild() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM paper_search");
            s.execute("INSERT INTO paper_search (rowid, title, abstract, organization, notes, tags) " + SOURCE);
        }
    }

    /** Ids matching an FTS5 query, best first (bm25, title weighted highest). */
    public List<Long> ranked(String ftsQuery, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM paper_search WHERE paper_search MATCH ? "
                + "ORDER BY bm25(paper_search, 10.0, 1.0, 3.0, 2.0, 5.0) LIMIT ?")) {
            ps.setString(1, ftsQuery);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Turns whatever a person typed into a safe FTS5 query: each word becomes a quoted prefix term, all
     * must match. Quotes, operators, brackets and stars lose their meaning. A word of one ASCII letter or
     * digit matches only itself ("C", "R", "t"): as a prefix it would match nearly every paper, and the first
     * key typed would cost a scan of the whole index. Null when nothing searchable is left (then there is no
     * text condition).
     */
    public static String toFtsQuery(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int terms = 0;
        String s = typed.length() > 1000 ? typed.substring(0, 1000) : typed;
        for (int i = 0; i <= s.length(); i++) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
            } else if (word.length() > 0) {
                if (terms++ > 0) {
                    out.append(' ');
                }
                out.append('"').append(word.toString().toLowerCase(Locale.ROOT)).append('"');
                if (word.length() > 1 || word.charAt(0) >= 0x80) {
                    out.append('*');
                }
                word.setLength(0);
                if (terms >= 32) {
                    break;
                }
            }
        }
        return terms == 0 ? null : out.toString();
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
