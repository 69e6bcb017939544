package io.papershelf.ranking;

import java.util.Arrays;

/**
 * A text's terms as hashed counts: each term falls into one of {@link #BUCKETS} buckets (the hashing trick), so
 * counts need no vocabulary and papers can be added one at a time. A paper's counts are one {@code int} per
 * distinct bucket, {@code bucket << 8 | count} (counts above 255 are kept as 255), sorted by bucket: about 4 bytes
 * a term, which is what the cache file and the training pass hold.
 */
public final class TermCounts {
    /** 2^20 buckets: at 20,000 features, few pairs of useful terms share one. */
    public static final int BUCKETS = 1 << 20;
    private static final int[] NONE = new int[0];

    private TermCounts() {
    }

    /** The counts of a title and abstract. */
    public static int[] of(String text) {
        int[][] buckets = {new int[256]};
        int[] size = {0};
        TextTerms.forEach(text, t -> {
            if (size[0] == buckets[0].length) {
                buckets[0] = Arrays.copyOf(buckets[0], size[0] * 2);
            }
            buckets[0][size[0]++] = bucket(t);
        });
        int n = size[0];
        if (n == 0) {
            return NONE;
        }
        int[] b = buckets[0];
        Arrays.sort(b, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            distinct += b[i] != b[i - 1] ? 1 : 0;
        }
        int[] out = new int[distinct];
        int k = 0;
        int run = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && b[i] == b[i - 1]) {
                run++;
            } else {
                out[k++] = pack(b[i - 1], run);
                run = 1;
            }
        }
        return out;
    }

    /** The bucket of a term. */
    public static int bucket(String term) {
        int h = term.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }

    static int pack(int bucket, int count) {
        return bucket << 8 | Math.min(count, 255);
    }

    public static int bucketOf(int packed) {
        return packed >>> 8;
    }

    public static int countOf(int packed) {
        return packed & 0xFF;
    }
}
