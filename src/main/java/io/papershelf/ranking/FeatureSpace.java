package io.papershelf.ranking;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Which buckets are features and what each weighs: TF-IDF as arxiv-sanity computes it with scikit-learn
 * (smooth idf, sublinear tf, rows scaled to length 1), over the buckets that appear in at least
 * {@code minDf} papers and in at most {@code maxDf} of them, the {@code maxFeatures} most common kept.
 * Immutable; a model keeps the space it was trained in.
 */
public final class FeatureSpace {
    /** 1 + ln(count) for counts 0..255 (sublinear tf), so weighing a paper takes no logarithm. */
    private static final float[] SUBLINEAR = new float[256];

    static {
        for (int c = 1; c < SUBLINEAR.length; c++) {
            SUBLINEAR[c] = (float) (1.0 + Math.log(c));
        }
    }

    private final int[] buckets;
    private final float[] idf;
    private volatile int[] table;

    FeatureSpace(int[] buckets, float[] idf) {
        this.buckets = buckets;
        this.idf = idf;
    }

    /** Chooses the features from document frequencies over {@code papers} papers. */
    public static FeatureSpace choose(DocumentFrequencies df, RankingSettings s) {
        int n = df.papers();
        int min = s.minDf(n);
        long max = (long) Math.floor(s.maxDfShare() * n);
        int[] counts = df.counts();
        int candidates = 0;
        for (int c : counts) {
            if (c >= min && c <= Math.max(max, min)) {
                candidates++;
            }
        }
        long[] byCount = new long[candidates];
        int k = 0;
        for (int b = 0; b < counts.length; b++) {
            int c = counts[b];
            if (c >= min && c <= Math.max(max, min)) {
                byCount[k++] = (long) c << 32 | (TermCounts.BUCKETS - 1 - b); // ties: the lower bucket first
            }
        }
        Arrays.sort(byCount);
        int keep = Math.min(candidates, s.maxFeatures());
        int[] chosen = new int[keep];
        for (int i = 0; i < keep; i++) {
            chosen[i] = TermCounts.BUCKETS - 1 - (int) (byCount[candidates - 1 - i] & 0xFFFFFFFFL);
        }
        Arrays.sort(chosen);
        float[] idf = new float[keep];
        for (int i = 0; i < keep; i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + counts[chosen[i]])) + 1.0);
        }
        return new FeatureSpace(chosen, idf);
    }

    int bucketAt(int featureIndex) {
        return buckets[featureIndex];
    }

    public int size() {
        return buckets.length;
    }

    /**
     * A paper's feature vector: indices into this space (ascending) and their TF-IDF values, length 1.
     * Returns an empty vector when the paper has no feature.
     */
    public SparseVector weigh(int[] counts) {
        SparseVector v = weigh(counts, counts.length, null);
        return new SparseVector(Arrays.copyOf(v.indices(), v.size()), Arrays.copyOf(v.values(), v.size()));
    }

    /**
     * The vector of the first {@code n} term counts, written into the arrays of {@code reuse} when they have room
     * (a pass over every paper then makes no garbage but the small record), else into new ones.
     */
    public SparseVector weigh(int[] counts, int n, SparseVector reuse) {
        int[] table = lookup();
        int mask = table.length / 2 - 1;
        boolean room = reuse != null && reuse.indices().length >= n && reuse.values().length >= n;
        int[] idx = room ? reuse.indices() : new int[n];
        float[] val = room ? reuse.values() : new float[n];
        int k = 0;
        double norm = 0;
        for (int c = 0; c < n; c++) {
            int packed = counts[c];
            int i = find(table, mask, TermCounts.bucketOf(packed));
            if (i >= 0) {
                float v = SUBLINEAR[TermCounts.countOf(packed)] * idf[i];
                idx[k] = i;
                val[k++] = v;
                norm += (double) v * v;
            }
        }
        float scale = norm == 0 ? 0 : (float) (1.0 / Math.sqrt(norm));
        for (int i = 0; i < k; i++) {
            val[i] *= scale;
        }
        return new SparseVector(idx, val, k);
    }

    /**
     * From bucket to feature index, an open-addressing table of (bucket, index) pairs at most a quarter full: 512 KB
     * for 20,000 features, a few times faster than a binary search over the buckets for each term of each paper
     * when a pass weighs 100,000 papers. Made on first use, shared by the models of this space.
     */
    private int[] lookup() {
        int[] t = table;
        if (t == null) {
            int slots = Integer.highestOneBit(Math.max(16, buckets.length * 4 - 1)) << 1;
            t = new int[2 * slots];
            Arrays.fill(t, -1);
            for (int i = 0; i < buckets.length; i++) {
                int s = slot(buckets[i], slots - 1);
                while (t[2 * s] >= 0) {
                    s = (s + 1) & (slots - 1);
                }
                t[2 * s] = buckets[i];
                t[2 * s + 1] = i;
            }
            table = t;
        }
        return t;
    }

    private static int find(int[] table, int mask, int bucket) {
        int s = slot(bucket, mask);
        while (true) {
            int b = table[2 * s];
            if (b == bucket) {
                return table[2 * s + 1];
            }
            if (b < 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    private static int slot(int bucket, int mask) {
        return (bucket * 0x9E3779B1 >>> 7) & mask;
    }

    /** Same features with the same weights: models read from the cache share one space (a space is 160 KB). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpace f && Arrays.equals(buckets, f.buckets) && Arrays.equals(idf, f.idf);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(buckets) + Arrays.hashCode(idf);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(buckets.length);
        for (int i = 0; i < buckets.length; i++) {
            out.writeInt(buckets[i]);
            out.writeFloat(idf[i]);
        }
    }

    static FeatureSpace read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > TermCounts.BUCKETS) {
            throw new IOException("feature count " + n + " out of range");
        }
        int[] b = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            b[i] = in.readInt();
            w[i] = in.readFloat();
        }
        return new FeatureSpace(b, w);
    }
}
