package io.papershelf.library;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import io.papershelf.ranking.TermCounts;

/**
 * The term counts of every paper, in the cache file {@code library.db.ranking-terms}: per paper, in ascending id
 * order, its id, its stamp, a hash of its text and its hashed term counts ({@link TermCounts}). At 100,000 papers
 * this is the feature matrix, 4 bytes a distinct term of each paper; it lives on disk and is read through in
 * passes, so the window never holds it. When only a paper's stamp changed (it was read or tagged, its text is the
 * same) the stamp is overwritten in place; anything else rewrites the file beside it and moves it into place.
 */
final class TermRows {
    /** Bytes before the first row: magic, version, settings key, row count. */
    private static final long HEADER = 4 + 4 + 8 + 4;

    /**
     * What a pass over the rows sees: a paper's first {@code n} entries of {@code counts}, an array the pass uses
     * again for the next paper (so that a pass over 100,000 papers makes next to no garbage: fewer young
     * collections while the window loads, fewer objects promoted before their time).
     */
    @FunctionalInterface
    interface Visitor {
        void row(int index, long id, int[] counts, int n);
    }

    /** A paper's new counts and the hash of the text they came from. */
    record Counted(int[] counts, long textHash) {
        static Counted of(String text) {
            return new Counted(TermCounts.of(text), hash(text));
        }
    }

    /**
     * The rows of the file: ids (ascending), stamps, and where each row starts in the file, in 4-byte words (rows
     * are whole words long, so 32 bits reach 16 GB). The text hashes stay in the file ({@link #textHashes}).
     */
    record Index(long[] ids, long[] stamps, int[] rowAt) {
        static final Index EMPTY = new Index(new long[0], new long[0], new int[0]);

        int size() {
            return ids.length;
        }

        int find(long id) {
            return Arrays.binarySearch(ids, id);
        }

        long stampAt(int i) {
            return 4L * Integer.toUnsignedLong(rowAt[i]) + 8;
        }
    }

    /** Where a paper's text goes while the file is built. */
    @FunctionalInterface
    interface TextSink {
        void accept(long id, String text) throws IOException;
    }

    /** The titles and abstracts of all papers, in id order. */
    @FunctionalInterface
    interface TextSource {
        void forEach(TextSink sink) throws IOException, LibraryException, InterruptedException;
    }

    private final RankingFile file;

    TermRows(RankingFile file) {
        this.file = file;
    }

    Path path() {
        return file.path();
    }

    /** The rows without their counts; empty when there is no usable file. */
    Index index() {
        Index index = file.read(in -> {
            int n = in.readInt();
            long[] ids = new long[n];
            long[] stamps = new long[n];
            int[] at = new int[n];
            long pos = HEADER;
            for (int i = 0; i < n; i++) {
                ids[i] = in.readLong();
                at[i] = word(pos);
                stamps[i] = in.readLong();
                in.readLong();
                int terms = in.readInt();
                in.skipNBytes(4L * terms);
                pos += 28 + 4L * terms;
            }
            return new Index(ids, stamps, at);
        });
        return index == null ? Index.EMPTY : index;
    }

    /** Visits every row in id order; false when the file is missing or unusable. */
    boolean forEach(Visitor visitor) {
        Boolean done = file.read(in -> {
            int n = in.readInt();
            byte[] bytes = new byte[4096];
            int[] counts = new int[1024];
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                in.readLong();
                in.readLong();
                int terms = terms(in);
                if (counts.length < terms) {
                    counts = new int[Integer.highestOneBit(terms) << 1];
                    bytes = new byte[4 * counts.length];
                }
                in.readFully(bytes, 0, 4 * terms);
                for (int t = 0, b = 0; t < terms; t++, b += 4) {
                    counts[t] = bytes[b] << 24 | (bytes[b + 1] & 0xFF) << 16 | (bytes[b + 2] & 0xFF) << 8 | bytes[b + 3] & 0xFF;
                }
                visitor.row(i, id, counts, terms);
            }
            return Boolean.TRUE;
        });
        return done != null;
    }

    /**
     * Writes the file anew from every paper's text, counting terms one paper at a time: a first build, or after
     * many changes. {@code texts} must give the papers of {@code ids}, in the same order.
     */
    Index rebuild(long[] ids, long[] stamps, TextSource texts) throws IOException, LibraryException, InterruptedException {
        int[] at = new int[ids.length];
        Path written;
        try {
            written = file.writeAside(out -> {
                out.writeInt(ids.length);
                int[] next = {0};
                long[] pos = {HEADER};
                try {
                    texts.forEach((id, text) -> {
                        int i = next[0]++;
                        if (i >= ids.length || ids[i] != id) {
                            throw new IOException("the texts came out of order while the terms were counted");
                        }
                        at[i] = word(pos[0]);
                        pos[0] += writeRow(out, id, stamps[i], Counted.of(text));
                    });
                } catch (LibraryException | InterruptedException e) {
                    throw new Stopped(e);
                }
                if (next[0] != ids.length) {
                    throw new IOException("the texts ran out while the terms were counted");
                }
            });
        } catch (Stopped s) {
            if (s.getCause() instanceof InterruptedException e) {
                throw e;
            }
            throw (LibraryException) s.getCause();
        }
        file.commit(written);
        return new Index(ids, stamps, at);
    }

    /** The library could not be read, or the thread was stopped, while the file was being written. */
    private static final class Stopped extends IOException {
        Stopped(Exception cause) {
            super(cause);
        }
    }

    /**
     * Writes the file for the papers {@code ids} at {@code stamps}: the counts of {@code fresh} where given, else
     * the row the old file holds. Old and new file are read and written side by side in id order, so memory
     * holds one row at a time.
     */
    Index rewrite(long[] ids, long[] stamps, Map<Long, Counted> fresh) throws IOException {
        int[] at = new int[ids.length];
        Path written;
        try (DataInputStream old = fresh.size() < ids.length ? file.open() : null) {
            written = file.writeAside(out -> {
                OldRows rows = new OldRows(old);
                out.writeInt(ids.length);
                long pos = HEADER;
                for (int i = 0; i < ids.length; i++) {
                    Counted c = fresh.get(ids[i]);
                    if (c == null) {
                        c = rows.rowOf(ids[i]);
                    }
                    if (c == null) {
                        c = new Counted(new int[0], 0);
                    }
                    at[i] = word(pos);
                    pos += writeRow(out, ids[i], stamps[i], c);
                }
            });
        }
        file.commit(written);
        return new Index(ids, stamps, at);
    }

    /** Overwrites the stamps of papers whose text did not change; returns the index with them. */
    Index patchStamps(Index index, Map<Long, Long> stamps) throws IOException {
        long[] now = index.stamps().clone();
        try (RandomAccessFile raf = new RandomAccessFile(file.path().toFile(), "rw")) {
            for (Map.Entry<Long, Long> e : stamps.entrySet()) {
                int i = index.find(e.getKey());
                if (i >= 0) {
                    raf.seek(index.stampAt(i));
                    raf.writeLong(e.getValue());
                    now[i] = e.getValue();
                }
            }
        }
        return new Index(index.ids(), now, index.rowAt());
    }

    /**
     * The hashes of the texts the file holds for these papers (those it has), read from the file: the window does
     * not keep them in memory (800 KB at 100,000 papers) to tell, for a few changed papers, a new text from a read
     * mark or a tag. Empty when the file cannot be read: every text then counts as new.
     */
    Map<Long, Long> textHashes(Index index, Iterable<Long> ids) {
        Map<Long, Long> out = new java.util.HashMap<>();
        try (RandomAccessFile raf = new RandomAccessFile(file.path().toFile(), "r")) {
            for (long id : ids) {
                int i = index.find(id);
                if (i >= 0) {
                    raf.seek(index.stampAt(i) + 8);
                    out.put(id, raf.readLong());
                }
            }
        } catch (IOException e) {
            out.clear();
        }
        return out;
    }

    /** A row's start as a 4-byte word number (rows start at whole words: the header and each row are). */
    private static int word(long pos) {
        if ((pos & 3) != 0 || pos >>> 2 > 0xFFFFFFFFL) {
            throw new IllegalStateException("a row of the term file starts at byte " + pos);
        }
        return (int) (pos >>> 2);
    }

    /** The old file read forward, for a merge in id order. */
    private static final class OldRows {
        private final DataInputStream in;
        private int left;
        private long id = Long.MIN_VALUE;
        private Counted row;

        OldRows(DataInputStream in) throws IOException {
            this.in = in;
            this.left = in == null ? 0 : in.readInt();
        }

        Counted rowOf(long wanted) throws IOException {
            while (id < wanted && left > 0) {
                id = in.readLong();
                in.readLong();
                long hash = in.readLong();
                row = new Counted(readCounts(in), hash);
                left--;
            }
            return id == wanted ? row : null;
        }
    }

    /** A hash of a paper's text, to tell a changed text from a changed read state or tag. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static int terms(DataInputStream in) throws IOException {
        int terms = in.readInt();
        if (terms < 0 || terms > 1 << 20) {
            throw new IOException("term count " + terms + " out of range");
        }
        return terms;
    }

    private static int[] readCounts(DataInputStream in) throws IOException {
        int terms = terms(in);
        byte[] bytes = new byte[4 * terms];
        in.readFully(bytes);
        int[] counts = new int[terms];
        ByteBuffer.wrap(bytes).asIntBuffer().get(counts);
        return counts;
    }

    /** Writes one row; returns its length in bytes. */
    private static long writeRow(DataOutputStream out, long id, long stamp, Counted c) throws IOException {
        out.writeLong(id);
        out.writeLong(stamp);
        out.writeLong(c.textHash());
        int[] counts = c.counts();
        out.writeInt(counts.length);
        ByteBuffer b = ByteBuffer.allocate(4 * counts.length);
        b.asIntBuffer().put(counts);
        out.write(b.array());
        return 28 + 4L * counts.length;
    }
}
