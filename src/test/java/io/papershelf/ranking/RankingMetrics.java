package io.papershelf.ranking;

import java.util.Arrays;

/** AUC and precision at k of scores against labels (higher score = ranked first). */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** The probability that a random positive outscores a random negative (ties count half). */
    public static double auc(double[] scores, boolean[] positive) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!positive[i]) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (positive[j]) {
                    continue;
                }
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** The share of positives among the k best scores (ties broken against the positives, to be fair). */
    public static double precisionAt(int k, double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Boolean.compare(positive[a], positive[b]));
        int n = Math.min(k, order.length);
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += positive[order[i]] ? 1 : 0;
        }
        return (double) hits / k;
    }
}
