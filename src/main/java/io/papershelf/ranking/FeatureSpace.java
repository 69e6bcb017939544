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

    /** The feature index of a bucket, or -1 when the bucket is not a feature. */
    public int indexOf(int bucket) {
        int i = Arrays.binarySearch(buckets, bucket);
        return i < 0 ? -1 : i;
    }

    /**
     * A paper's feature vector: indices into this space (ascending) and their TF-IDF values, length 1.
     * Returns an empty vector when the paper has no feature.
     */
    public SparseVector weigh(int[] counts) {
        return weigh(counts, null);
    }

    /**
     * A table from every bucket to its feature index (-1: none), 4 MB: for a pass that weighs many papers, where
     * it is several times faster than looking each bucket up.
     */
    public int[] denseIndex() {
        int[] dense = new int[TermCounts.BUCKETS];
        Arrays.fill(dense, -1);
        for (int i = 0; i < buckets.length; i++) {
            dense[buckets[i]] = i;
        }
        return dense;
    }

    /** {@link #weigh(int[])} with a table from {@link #denseIndex()} (or null). */
    public SparseVector weigh(int[] counts, int[] dense) {
        int[] idx = new int[counts.length];
        float[] val = new float[counts.length];
        int k = 0;
        double norm = 0;
        for (int packed : counts) {
            int i = dense != null ? dense[TermCounts.bucketOf(packed)] : indexOf(TermCounts.bucketOf(packed));
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
        return new SparseVector(Arrays.copyOf(idx, k), Arrays.copyOf(val, k));
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
