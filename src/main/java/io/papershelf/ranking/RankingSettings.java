package io.papershelf.ranking;

/**
 * The knobs of the features and the classifier, with the values the evaluation in docs/ranking.md settled on.
 *
 * @param maxFeatures   features kept, the most common first (arxiv-sanity: 20,000)
 * @param maxDfShare    a bucket in more than this share of papers is no feature
 * @param c             the SVM's C (arxiv-sanity: 0.01 over all of arXiv; a personal library is far smaller)
 * @param maxTrainRows  papers one model trains on at most: all positives up to half of it, negatives sampled
 */
public record RankingSettings(int maxFeatures, double maxDfShare, double c, int maxTrainRows) {
    public static final RankingSettings DEFAULT = new RankingSettings(20_000, 0.5, 1.0, 6_000);

    /** A bucket must occur in this many papers: 5 as arxiv-sanity, fewer in a small library. */
    public int minDf(int papers) {
        return papers >= 5_000 ? 5 : papers >= 500 ? 2 : 1;
    }

    public RankingSettings withC(double value) {
        return new RankingSettings(maxFeatures, maxDfShare, value, maxTrainRows);
    }

    public RankingSettings withMaxDfShare(double value) {
        return new RankingSettings(maxFeatures, value, c, maxTrainRows);
    }
}
