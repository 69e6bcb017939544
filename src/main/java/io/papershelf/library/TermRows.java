package io.papershelf.library;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The term counts of every paper, in the cache file {@code library.db.ranking-terms}: per paper, in ascending id
 * order, its id, its stamp and its hashed term counts ({@link io.papershelf.ranking.TermCounts}). At 100,000
 * papers this is the feature matrix, about 4 bytes a distinct term of each paper; it lives on disk and is read
 * through once per training, so the window never holds it.
 */
final class TermRows {
    /** What a pass over the rows sees. */
    @FunctionalInterface
    interface Visitor {
        void row(int index, long id, int[] counts);
    }

    /** Ids (ascending) and stamps of the papers the file holds. */
    record Index(long[] ids, long[] stamps) {
        static final Index EMPTY = new Index(new long[0], new long[0]);

        int size() {
            return ids.length;
        }

        int find(long id) {
            return Arrays.binarySearch(ids, id);
        }
    }

    /** The titles and abstracts of all papers, in id order. */
    @FunctionalInterface
    interface TextSource {
        void forEach(io.papershelf.storage.RankingCorpusQuery.TextSink sink) throws java.sql.SQLException;
    }

    private final RankingFile file;

    TermRows(RankingFile file) {
        this.file = file;
    }

    java.nio.file.Path path() {
        return file.path();
    }

    /**
     * Writes the file anew from every paper's text, counting terms one paper at a time: a first build, or after
     * many changes. {@code texts} must give the papers of {@code wanted}, in the same order.
     */
    void rebuild(Index wanted, TextSource texts) throws IOException {
        java.nio.file.Path written = file.writeAside(out -> {
            out.writeInt(wanted.size());
            int[] next = {0};
            try {
                texts.forEach((id, text) -> {
                    int i = next[0]++;
                    if (i >= wanted.size() || wanted.ids()[i] != id) {
                        throw new java.sql.SQLException("the library changed while its terms were counted");
                    }
                    try {
                        out.writeLong(id);
                        out.writeLong(wanted.stamps()[i]);
                        writeCounts(out, io.papershelf.ranking.TermCounts.of(text));
                    } catch (IOException e) {
                        throw new java.sql.SQLException(e.getMessage(), e);
                    }
                });
            } catch (java.sql.SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (next[0] != wanted.size()) {
                throw new IOException("the library changed while its terms were counted");
            }
        });
        file.commit(written);
    }

    /** The ids and stamps, without the counts; empty when there is no usable file. */
    Index index() {
        Index index = file.read(in -> {
            int n = in.readInt();
            long[] ids = new long[n];
            long[] stamps = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readLong();
                stamps[i] = in.readLong();
                int terms = in.readInt();
                in.skipNBytes(4L * terms);
            }
            return new Index(ids, stamps);
        });
        return index == null ? Index.EMPTY : index;
    }

    /** Visits every row in id order; false when the file is missing or unusable. */
    boolean forEach(Visitor visitor) {
        Boolean done = file.read(in -> {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                in.readLong();
                visitor.row(i, id, readCounts(in));
            }
            return Boolean.TRUE;
        });
        return done != null;
    }

    /**
     * Writes the file for the papers of {@code wanted}: the counts of {@code fresh} where given, else the counts
     * the old file holds for the paper. Papers not in {@code wanted} are dropped. Old and new file are read and
     * written side by side in id order, so memory holds one row at a time.
     */
    void rewrite(Index wanted, Map<Long, int[]> fresh) throws IOException {
        java.nio.file.Path written;
        try (DataInputStream old = fresh.size() < wanted.size() ? file.open() : null) {
            written = file.writeAside(out -> {
                OldRows rows = new OldRows(old);
                out.writeInt(wanted.size());
                for (int i = 0; i < wanted.size(); i++) {
                    long id = wanted.ids()[i];
                    int[] counts = fresh.get(id);
                    if (counts == null) {
                        counts = rows.countsOf(id);
                    }
                    out.writeLong(id);
                    out.writeLong(wanted.stamps()[i]);
                    writeCounts(out, counts == null ? new int[0] : counts);
                }
            });
        }
        file.commit(written);
    }

    /** The old file read forward, for a merge in id order. */
    private static final class OldRows {
        private final DataInputStream in;
        private int left;
        private long id = Long.MIN_VALUE;
        private int[] counts;

        OldRows(DataInputStream in) throws IOException {
            this.in = in;
            this.left = in == null ? 0 : in.readInt();
        }

        int[] countsOf(long wanted) throws IOException {
            while (id < wanted && left > 0) {
                id = in.readLong();
                in.readLong();
                counts = readCounts(in);
                left--;
            }
            return id == wanted ? counts : null;
        }
    }

    private static int[] readCounts(DataInputStream in) throws IOException {
        int terms = in.readInt();
        if (terms < 0 || terms > 1 << 20) {
            throw new IOException("term count " + terms + " out of range");
        }
        byte[] bytes = new byte[4 * terms];
        in.readFully(bytes);
        int[] counts = new int[terms];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(counts);
        return counts;
    }

    private static void writeCounts(DataOutputStream out, int[] counts) throws IOException {
        out.writeInt(counts.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * counts.length);
        b.asIntBuffer().put(counts);
        out.write(b.array());
    }
}
