package io.papershelf.ranking;

/** In how many papers each bucket occurs, kept up to date as papers come and go. */
public final class DocumentFrequencies {
    private final int[] counts = new int[TermCounts.BUCKETS];
    private int papers;

    public void add(int[] termCounts) {
        for (int packed : termCounts) {
            counts[TermCounts.bucketOf(packed)]++;
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
