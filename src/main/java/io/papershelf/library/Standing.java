package io.papershelf.library;

import java.util.Arrays;

/**
 * Where a score stands among all papers' scores under one model, from a sorted sample of them (at most
 * {@link #SAMPLE}, taken at even steps over the papers in id order, so within a fraction of a percent): what the
 * score bar and the tag suggestions need, 16 KB a model instead of a score per paper. Immutable.
 */
final class Standing {
    /** How many scores the sample holds at most. */
    static final int SAMPLE = 4096;

    private final float[] sorted;

    private Standing(float[] sorted) {
        this.sorted = sorted;
    }

    /** From a sample of scores (the first {@code n} of {@code sample}; the array is sorted in place). */
    static Standing of(float[] sample, int n) {
        float[] s = n == sample.length ? sample : Arrays.copyOf(sample, n);
        Arrays.sort(s);
        return new Standing(s);
    }

    /** From every paper's scores. */
    static Standing ofAll(float[] values) {
        int step = step(values.length);
        float[] s = new float[(values.length + step - 1) / step];
        for (int i = 0, k = 0; i < values.length; i += step) {
            s[k++] = values[i];
        }
        return of(s, s.length);
    }

    /** Every how many papers a score is sampled, for this many papers. */
    static int step(int papers) {
        return Math.max(1, (papers + SAMPLE - 1) / SAMPLE);
    }

    /** Where a score would stand among all papers' scores, 0 (last) to 1 (best); NaN with fewer than two scores. */
    double percentile(double score) {
        if (sorted.length < 2) {
            return Double.NaN;
        }
        int atOrBelow = upperBound((float) score); // ties count as reached: the best paper gets 1
        return Math.max(0.0, Math.min(1.0, (double) (atOrBelow - 1) / (sorted.length - 1)));
    }

    private int upperBound(float key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
