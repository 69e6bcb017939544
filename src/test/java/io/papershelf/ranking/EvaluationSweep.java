package io.papershelf.ranking;

import java.util.List;

/** Prints held-out AUC and precision@10 per tag for a few settings (run by hand while tuning). */
public final class EvaluationSweep {
    public static void main(String[] args) {
        LabelledPapers data = LabelledPapers.load();
        List<int[]> counts = data.papers().stream().map(p -> TermCounts.of(p.text())).toList();
        double[] cs = {0.1, 1, 10};
        double[] maxDf = {0.1, 0.3, 0.5, 1.0};
        for (double c : cs) {
            for (double md : maxDf) {
                RankingSettings s = RankingSettings.DEFAULT.withC(c).withMaxDfShare(md);
                StringBuilder line = new StringBuilder(String.format("C=%-5s maxDf=%-4s", c, md));
                double sumAuc = 0;
                for (String tag : data.tags()) {
                    boolean[] pos = new boolean[counts.size()];
                    for (int i = 0; i < pos.length; i++) {
                        pos[i] = data.papers().get(i).primary().equals(tag);
                    }
                    double auc = 0;
                    double p10 = 0;
                    int seeds = 5;
                    for (long seed = 1; seed <= seeds; seed++) {
                        double[] sc = CrossValidation.heldOutScores(counts, pos, 5, s, seed);
                        auc += RankingMetrics.auc(sc, pos) / seeds;
                        p10 += RankingMetrics.precisionAt(10, sc, pos) / seeds;
                    }
                    sumAuc += auc;
                    line.append(String.format("  %s %.3f/%.2f", tag, auc, p10));
                }
                line.append(String.format("  mean %.3f", sumAuc / data.tags().size()));
                System.out.println(line);
            }
        }
    }
}
