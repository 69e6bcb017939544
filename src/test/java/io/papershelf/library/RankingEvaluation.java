package io.papershelf.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.ranking.CrossValidation;
import io.papershelf.ranking.DocumentFrequencies;
import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.LabelledPapers;
import io.papershelf.ranking.LinearModel;
import io.papershelf.ranking.RankingMetrics;
import io.papershelf.ranking.RankingSettings;
import io.papershelf.ranking.TermCounts;
import io.papershelf.ranking.TextTerms;

/**
 * The evaluation of docs/ranking.md: for each tag (a paper's primary arXiv category), held-out AUC and
 * precision@10 of the tag's model against three baselines, averaged over five seeded 5-fold splits. Every
 * paper is scored by a model (or baseline query) built without it. Run {@link #main} to print the table.
 */
final class RankingEvaluation {
    static final int FOLDS = 5;
    static final int SEEDS = 5;
    static final int TOP_TERMS = 10;

    record Row(String tag, int papers, double auc, double p10, double bm25Auc, double bm25P10, double dateAuc,
               double dateP10, double upvotesAuc, double upvotesP10) {
    }

    static Map<String, Row> run(Path dir) throws Exception {
        LabelledLibrary lib = new LabelledLibrary(dir);
        try {
            return run(lib);
        } finally {
            lib.library.close();
        }
    }

    static Map<String, Row> run(LabelledLibrary lib) throws Exception {
        List<LabelledPapers.Paper> papers = lib.data.papers();
        List<int[]> counts = papers.stream().map(p -> TermCounts.of(p.text())).toList();
        Map<Integer, String> termOf = new HashMap<>();
        papers.forEach(p -> TextTerms.forEach(p.text(), t -> termOf.putIfAbsent(TermCounts.bucket(t), t)));
        DocumentFrequencies df = new DocumentFrequencies();
        counts.forEach(df::add);
        RankingSettings s = RankingSettings.DEFAULT;
        FeatureSpace space = FeatureSpace.choose(df, s);
        Map<String, Row> out = new LinkedHashMap<>();
        for (String tag : lib.data.tags()) {
            boolean[] pos = new boolean[papers.size()];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = papers.get(i).primary().equals(tag);
            }
            double[] m = new double[6];
            for (long seed = 1; seed <= SEEDS; seed++) {
                double[] model = CrossValidation.heldOutScores(counts, pos, FOLDS, s, seed);
                double[] bm25 = bm25Scores(lib, counts, pos, space, termOf, seed);
                double[] date = new double[papers.size()];
                for (int i = 0; i < date.length; i++) {
                    date[i] = Double.parseDouble(papers.get(i).arxivId()); // newest submission first
                }
                m[0] += RankingMetrics.auc(model, pos);
                m[1] += RankingMetrics.precisionAt(10, model, pos);
                m[2] += RankingMetrics.auc(bm25, pos);
                m[3] += RankingMetrics.precisionAt(10, bm25, pos);
                m[4] += RankingMetrics.auc(date, pos);
                m[5] += RankingMetrics.precisionAt(10, date, pos);
            }
            int n = 0;
            for (boolean b : pos) {
                n += b ? 1 : 0;
            }
            boolean[] none = pos;
            double[] ties = new double[papers.size()]; // arXiv papers carry no upvotes: every paper ties
            out.put(tag, new Row(tag, n, m[0] / SEEDS, m[1] / SEEDS, m[2] / SEEDS, m[3] / SEEDS, m[4] / SEEDS,
                    m[5] / SEEDS, RankingMetrics.auc(ties, none), RankingMetrics.precisionAt(10, ties, none)));
        }
        return out;
    }

    /**
     * The baseline: per fold, the tag's top terms (the largest weights of a model trained on the other folds)
     * as one FTS5 query, any term matching, and the held-out papers ranked by the library's bm25.
     */
    private static double[] bm25Scores(LabelledLibrary lib, List<int[]> counts, boolean[] pos, FeatureSpace space,
                                       Map<Integer, String> termOf, long seed) throws Exception {
        int[] fold = CrossValidation.folds(pos, FOLDS, seed);
        LinearModel[] models = CrossValidation.foldModels(counts, pos, fold, FOLDS, space, RankingSettings.DEFAULT);
        double[] scores = new double[counts.size()];
        for (int f = 0; f < FOLDS; f++) {
            LinearModel model = models[f];
            List<String> terms = new ArrayList<>();
            for (int b : model.topBuckets(TOP_TERMS)) {
                if (termOf.containsKey(b)) {
                    terms.add("\"" + termOf.get(b) + "\"");
                }
            }
            String query = String.join(" OR ", terms);
            List<Long> ranked = lib.library.readForRanking(q -> q.bm25(query, counts.size()));
            for (int i = 0; i < counts.size(); i++) {
                if (fold[i] == f) {
                    int at = ranked.indexOf(lib.idOf.get(lib.data.papers().get(i).arxivId()));
                    scores[i] = at < 0 ? -1e9 : -at;
                }
            }
        }
        return scores;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ranking-eval");
        System.out.println("| tag | papers | model AUC | model p@10 | bm25 AUC | bm25 p@10 | date AUC | date p@10 | upvotes AUC | upvotes p@10 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : run(dir).values()) {
            System.out.printf("| %s | %d | %.3f | %.2f | %.3f | %.2f | %.3f | %.2f | %.3f | %.2f |%n", r.tag(), r.papers(),
                    r.auc(), r.p10(), r.bm25Auc(), r.bm25P10(), r.dateAuc(), r.dateP10(), r.upvotesAuc(), r.upvotesP10());
        }
    }
}
