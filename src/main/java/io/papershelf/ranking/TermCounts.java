package io.papershelf.ranking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
        Map<Integer, int[]> counts = new HashMap<>();
        TextTerms.forEach(text, t -> counts.computeIfAbsent(bucket(t), b -> new int[1])[0]++);
        if (counts.isEmpty()) {
            return NONE;
        }
        int[] out = new int[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            out[i++] = pack(e.getKey(), e.getValue()[0]);
        }
        Arrays.sort(out);
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
