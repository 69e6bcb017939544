package io.papershelf.ranking;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains one linear SVM (LIBLINEAR's L2-regularised L2-loss solver, scikit-learn's LinearSVC) with classes
 * weighted to balance, as arxiv-sanity does: positives against negatives. Papers are added one at a time to a
 * {@link Rows} and kept only as LIBLINEAR's features (about 28 bytes a feature), so a training holds nothing
 * else of them.
 */
public final class ModelTrainer {
    static {
        Linear.disableDebugOutput();
    }

    private final RankingSettings settings;

    public ModelTrainer(RankingSettings settings) {
        this.settings = settings;
    }

    /** An empty training set in this feature space. */
    public Rows rows(FeatureSpace space) {
        return new Rows(space);
    }

    /**
     * Trains on papers given as term counts, positives first. Both lists must be non-empty; the caller samples them
     * to at most {@link RankingSettings#maxTrainRows()}.
     */
    public LinearModel train(FeatureSpace space, List<int[]> positives, List<int[]> negatives) {
        Rows rows = rows(space);
        positives.forEach(c -> rows.add(c, c.length, true));
        negatives.forEach(c -> rows.add(c, c.length, false));
        return rows.train();
    }

    /** The papers one model trains on, as LIBLINEAR rows, added one at a time. */
    public final class Rows {
        private final FeatureSpace space;
        private final List<Feature[]> x = new ArrayList<>();
        private final List<Boolean> y = new ArrayList<>();
        private int positives;
        private SparseVector buffer;

        private Rows(FeatureSpace space) {
            this.space = space;
        }

        /** A paper with the first {@code n} of these term counts (the arrays are not kept). */
        public void add(int[] counts, int n, boolean positive) {
            buffer = space.weigh(counts, n, buffer);
            x.add(features(buffer, space.size() + 1));
            y.add(positive);
            positives += positive ? 1 : 0;
        }

        public int positives() {
            return positives;
        }

        public int negatives() {
            return x.size() - positives;
        }

        /** Trains the model; both classes must have rows. */
        public LinearModel train() {
            int l = x.size();
            Problem p = new Problem();
            p.l = l;
            p.n = space.size() + 1;
            p.bias = 1;
            p.x = x.toArray(new Feature[0][]);
            p.y = new double[l];
            for (int i = 0; i < l; i++) {
                p.y[i] = y.get(i) ? 1 : -1;
            }
            x.clear();
            Parameter param = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, settings.c(), 0.01);
            param.setWeights(new double[] {l / (2.0 * positives), l / (2.0 * (l - positives))}, new int[] {1, -1});
            param.setRandom(new java.util.Random(0));
            Model m = Linear.train(p, param);
            double[] w = m.getFeatureWeights();
            double sign = m.getLabels()[0] == 1 ? 1 : -1;
            float[] weights = new float[space.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (sign * w[i]);
            }
            float bias = (float) (sign * w[space.size()]);
            return new LinearModel(space, weights, bias);
        }
    }

    private static Feature[] features(SparseVector v, int biasIndex) {
        Feature[] f = new Feature[v.size() + 1];
        for (int i = 0; i < v.size(); i++) {
            f[i] = new FeatureNode(v.indices()[i] + 1, v.values()[i]);
        }
        f[v.size()] = new FeatureNode(biasIndex, 1);
        return f;
    }
}
