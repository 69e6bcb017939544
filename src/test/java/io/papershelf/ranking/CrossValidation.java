package io.papershelf.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Held-out scores for one tag: the papers are split into folds (each fold keeps the tag's share), a model is
 * trained on the other folds and scores the held-out one, so every paper gets a score from a model that never
 * saw it. The feature space is chosen from all papers' texts (the library holds the unlabelled papers too).
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    public static double[] heldOutScores(List<int[]> counts, boolean[] positive, int folds, RankingSettings s, long seed) {
        DocumentFrequencies df = new DocumentFrequencies();
        counts.forEach(df::add);
        FeatureSpace space = FeatureSpace.choose(df, s);
        int[] fold = folds(positive, folds, seed);
        LinearModel[] models = foldModels(counts, positive, fold, folds, space, s);
        double[] scores = new double[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            scores[i] = models[fold[i]].score(counts.get(i));
        }
        return scores;
    }

    /** For each fold, the model trained on the papers of the other folds. */
    public static LinearModel[] foldModels(List<int[]> counts, boolean[] positive, int[] fold, int folds,
                                           FeatureSpace space, RankingSettings s) {
        ModelTrainer trainer = new ModelTrainer(s);
        LinearModel[] models = new LinearModel[folds];
        for (int f = 0; f < folds; f++) {
            List<int[]> pos = new ArrayList<>();
            List<int[]> neg = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (fold[i] != f) {
                    (positive[i] ? pos : neg).add(counts.get(i));
                }
            }
            models[f] = trainer.train(space, pos, neg);
        }
        return models;
    }

    /** Stratified fold numbers: positives and negatives each dealt round-robin after a seeded shuffle. */
    public static int[] folds(boolean[] positive, int folds, long seed) {
        Random r = new Random(seed);
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < positive.length; i++) {
            (positive[i] ? pos : neg).add(i);
        }
        java.util.Collections.shuffle(pos, r);
        java.util.Collections.shuffle(neg, r);
        int[] fold = new int[positive.length];
        for (int i = 0; i < pos.size(); i++) {
            fold[pos.get(i)] = i % folds;
        }
        for (int i = 0; i < neg.size(); i++) {
            fold[neg.get(i)] = i % folds;
        }
        return fold;
    }
}
