package io.papershelf.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.papershelf.ranking.DocumentFrequencies;
import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.LinearModel;
import io.papershelf.ranking.ModelTrainer;
import io.papershelf.ranking.RankingSettings;

/**
 * Trains several models from the term file: the feature space from how many papers each term occurs in, and
 * each model from the counts of the papers it trains on. A model trains on all its
 * positives (up to half of {@link RankingSettings#maxTrainRows()}, sampled beyond) and a sample of the other
 * papers as negatives, weighted to balance: at 100,000 papers that keeps a training to seconds and its memory
 * to tens of megabytes.
 */
final class ModelTraining {
    private final RankingSettings settings;
    private final ModelTrainer trainer;

    ModelTraining(RankingSettings settings) {
        this.settings = settings;
        this.trainer = new ModelTrainer(settings);
    }

    /**
     * One pass per model collects its sample (the first pass also counts document frequencies and so chooses the
     * feature space the new models share), so memory holds one model's training papers at a time.
     */
    Map<String, TrainedModel> train(TermRows rows, int papers, Map<String, List<Long>> positivesByKey) {
        DocumentFrequencies df = new DocumentFrequencies();
        FeatureSpace space = null;
        Map<String, TrainedModel> out = new HashMap<>();
        for (Map.Entry<String, List<Long>> e : positivesByKey.entrySet()) {
            String k = e.getKey();
            Set<Long> pos = new HashSet<>(e.getValue());
            int p = pos.size();
            int posKept = Math.min(p, settings.maxTrainRows() / 2);
            double posRate = (double) posKept / p;
            double negRate = Math.min(1.0, (double) (settings.maxTrainRows() - posKept) / Math.max(1, papers - p));
            List<int[]> positives = new ArrayList<>();
            List<int[]> negatives = new ArrayList<>();
            boolean countDf = space == null;
            rows.forEach((i, id, counts) -> {
                if (countDf) {
                    df.add(counts);
                }
                boolean isPos = pos.contains(id);
                double rate = isPos ? posRate : negRate;
                if (rate >= 1.0 || sample(id, k) < rate) {
                    (isPos ? positives : negatives).add(counts);
                }
            });
            if (space == null) {
                space = FeatureSpace.choose(df, settings);
            }
            if (positives.isEmpty() || negatives.isEmpty()) {
                continue;
            }
            LinearModel m = trainer.train(space, positives, negatives);
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            out.put(k, new TrainedModel(k, sorted.size(), TrainedModel.fingerprint(sorted), papers, m));
        }
        return out;
    }

    /** A number in [0, 1) fixed for a paper and model, so the same papers are sampled every time. */
    static double sample(long id, String key) {
        long h = id * 0x9E3779B97F4A7C15L ^ key.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }
}
