package io.papershelf.ranking;

/** In how many papers each bucket occurs, kept up to date as papers come and go. */
public final class DocumentFrequencies {
    private final int[] counts = new int[TermCounts.BUCKETS];
    private int papers;

    /** A paper with these term counts. */
    public void add(int[] termCounts) {
        add(termCounts, termCounts.length);
    }

    /** A paper with the first {@code n} of these term counts. */
    public void add(int[] termCounts, int n) {
        for (int i = 0; i < n; i++) {
            counts[TermCounts.bucketOf(termCounts[i])]++;
        }
        papers++;
    }

    public int papers() {
        return papers;
    }

    int[] counts() {
        return counts;
    }
}
