package io.papershelf.ranking;

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
 * weighted to balance, as arxiv-sanity does: positives against negatives.
 */
public final class ModelTrainer {
    static {
        Linear.disableDebugOutput();
    }

    private final RankingSettings settings;

    public ModelTrainer(RankingSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains on papers given as term counts. Both lists must be non-empty; the caller samples them to at most
     * {@link RankingSettings#maxTrainRows()}.
     */
    public LinearModel train(FeatureSpace space, List<int[]> positives, List<int[]> negatives) {
        int l = positives.size() + negatives.size();
        Problem p = new Problem();
        p.l = l;
        p.n = space.size() + 1;
        p.bias = 1;
        p.x = new Feature[l][];
        p.y = new double[l];
        int row = 0;
        for (int[] counts : positives) {
            p.x[row] = features(space.weigh(counts), p.n);
            p.y[row++] = 1;
        }
        for (int[] counts : negatives) {
            p.x[row] = features(space.weigh(counts), p.n);
            p.y[row++] = -1;
        }
        Parameter param = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, settings.c(), 0.01);
        param.setWeights(new double[] {l / (2.0 * positives.size()), l / (2.0 * negatives.size())}, new int[] {1, -1});
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

    private static Feature[] features(SparseVector v, int biasIndex) {
        Feature[] f = new Feature[v.size() + 1];
        for (int i = 0; i < v.size(); i++) {
            f[i] = new FeatureNode(v.indices()[i] + 1, v.values()[i]);
        }
        f[v.size()] = new FeatureNode(biasIndex, 1);
        return f;
    }
}
