package io.papershelf.library;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.papershelf.ranking.DocumentFrequencies;
import io.papershelf.ranking.FeatureSpace;
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
     * One pass over the term file per model collects its sample as LIBLINEAR's rows, so memory holds one model's
     * training papers at a time and nothing else of them (in features allocated once for all the models, see
     * {@link ModelTrainer.Rows}); without {@code space}, a first pass counts document
     * frequencies and chooses the feature space the new models share.
     *
     * @param space the feature space to train in (the one the other models share), or null to choose one
     */
    Map<String, TrainedModel> train(TermRows rows, int papers, Map<String, long[]> positivesByKey, FeatureSpace space) {
        if (space == null) {
            DocumentFrequencies df = new DocumentFrequencies();
            rows.forEach((i, id, counts, n) -> df.add(counts, n));
            space = FeatureSpace.choose(df, settings);
        }
        Map<String, TrainedModel> out = new HashMap<>();
        ModelTrainer.Rows sample = trainer.rows(space); // one pool of features for all the models trained now
        for (Map.Entry<String, long[]> e : positivesByKey.entrySet()) {
            String k = e.getKey();
            long[] pos = e.getValue();
            int p = pos.length;
            int posKept = Math.min(p, settings.maxTrainRows() / 2);
            double posRate = (double) posKept / p;
            double negRate = Math.min(1.0, (double) (settings.maxTrainRows() - posKept) / Math.max(1, papers - p));
            sample.clear();
            rows.forEach((i, id, counts, n) -> {
                boolean isPos = Arrays.binarySearch(pos, id) >= 0;
                double rate = isPos ? posRate : negRate;
                if (rate >= 1.0 || sample(id, k) < rate) {
                    sample.add(counts, n, isPos);
                }
            });
            if (sample.positives() == 0 || sample.negatives() == 0) {
                continue;
            }
            out.put(k, new TrainedModel(k, p, TrainedModel.fingerprint(pos), papers, sample.train()));
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
