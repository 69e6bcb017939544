package io.papershelf.ranking;

import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains one linear SVM (LIBLINEAR's L2-regularised L2-loss solver, scikit-learn's LinearSVC) with classes
 * weighted to balance, as arxiv-sanity does: positives against negatives. Papers are added one at a time to a
 * {@link Rows} and kept only as LIBLINEAR's features (about 32 bytes a feature), so a training holds nothing
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

    /**
     * The papers one model trains on, as LIBLINEAR rows, added one at a time. The features are objects LIBLINEAR
     * reads through {@link Feature}, kept in one pool and written again for the next model after {@link #clear}:
     * several models trained one after another with one {@code Rows} allocate their features once. A model's
     * sample (6,000 papers of a few hundred features, about 30 MB of features) lives through a whole pass over the
     * term file, so new objects for each model would outlive the young generation and pile up in the old one as
     * garbage, tens of megabytes a model, until a full collection.
     */
    public final class Rows {
        private static final int CHUNK_BITS = 16;
        private static final int CHUNK = 1 << CHUNK_BITS;
        private final FeatureSpace space;
        /**
         * The features of the rows, one row after another, each ending with the bias, in chunks of {@link #CHUNK}: the
         * pool grows by a chunk, never shrinks, and growing copies nothing (a growing array would leave its earlier
         * copies, several megabytes, as garbage in the old generation).
         */
        private Slot[][] chunks = new Slot[0][];
        private int used;
        private int[] rowEnd = new int[1024];
        private boolean[] label = new boolean[1024];
        private int count;
        private int positives;
        private SparseVector buffer;

        private Rows(FeatureSpace space) {
            this.space = space;
        }

        /** A paper with the first {@code n} of these term counts (the arrays are not kept). */
        public void add(int[] counts, int n, boolean positive) {
            buffer = space.weigh(counts, n, buffer);
            int k = buffer.size();
            reserve(used + k + 1);
            for (int i = 0; i < k; i++) {
                slot(used++).set(buffer.indices()[i] + 1, buffer.values()[i]);
            }
            slot(used++).set(space.size() + 1, 1);
            if (count == rowEnd.length) {
                rowEnd = Arrays.copyOf(rowEnd, 2 * count);
                label = Arrays.copyOf(label, 2 * count);
            }
            rowEnd[count] = used;
            label[count++] = positive;
            positives += positive ? 1 : 0;
        }

        /** Empties the sample for the next model (in the same space), keeping the features' objects to fill again. */
        public void clear() {
            used = 0;
            count = 0;
            positives = 0;
        }

        public int positives() {
            return positives;
        }

        public int negatives() {
            return count - positives;
        }

        /** Trains the model on the rows added since the last {@link #clear}; both classes must have rows. */
        public LinearModel train() {
            int l = count;
            Problem p = new Problem();
            p.l = l;
            p.n = space.size() + 1;
            p.bias = 1;
            p.x = new Feature[l][];
            p.y = new double[l];
            for (int i = 0; i < l; i++) {
                int from = i == 0 ? 0 : rowEnd[i - 1];
                Feature[] row = new Feature[rowEnd[i] - from];
                for (int j = 0; j < row.length; j++) {
                    row[j] = slot(from + j);
                }
                p.x[i] = row;
                p.y[i] = label[i] ? 1 : -1;
            }
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

        private Slot slot(int i) {
            return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
        }

        private void reserve(int size) {
            while ((long) chunks.length << CHUNK_BITS < size) {
                Slot[] chunk = new Slot[CHUNK];
                for (int i = 0; i < CHUNK; i++) {
                    chunk[i] = new Slot();
                }
                chunks = Arrays.copyOf(chunks, chunks.length + 1);
                chunks[chunks.length - 1] = chunk;
            }
        }
    }

    /**
     * One feature of a row as LIBLINEAR reads it (index from 1, value), written again for the next model. The
     * dual solver used here only reads features; the value is the TF-IDF weight widened from {@code float}, as a
     * {@code FeatureNode} made from it would hold.
     */
    private static final class Slot implements Feature {
        private int index;
        private double value;

        void set(int index, double value) {
            this.index = index;
            this.value = value;
        }

        @Override
        public int getIndex() {
            return index;
        }

        @Override
        public double getValue() {
            return value;
        }

        @Override
        public void setValue(double value) {
            this.value = value;
        }
    }
}
