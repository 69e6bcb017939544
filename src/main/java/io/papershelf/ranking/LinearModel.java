package io.papershelf.ranking;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.model.TermWeight;

/**
 * A trained linear model: a weight per feature of its space and a bias. The score of a paper is the SVM's
 * margin: above 0 the model thinks the paper belongs, and higher is more like the positives.
 */
public final class LinearModel {
    private final FeatureSpace space;
    private final float[] weights;
    private final float bias;

    LinearModel(FeatureSpace space, float[] weights, float bias) {
        this.space = space;
        this.weights = weights;
        this.bias = bias;
    }

    public FeatureSpace space() {
        return space;
    }

    /** The score of a paper from its term counts. */
    public double score(int[] termCounts) {
        return score(space.weigh(termCounts));
    }

    public double score(SparseVector v) {
        double s = bias;
        for (int i = 0; i < v.size(); i++) {
            s += weights[v.indices()[i]] * v.values()[i];
        }
        return s;
    }

    /** The terms of a text that raised its score most, strongest first, at most {@code max}. */
    public List<TermWeight> explain(String text, int max) {
        Map<Integer, String> termOfBucket = new HashMap<>();
        TextTerms.forEach(text, t -> termOfBucket.putIfAbsent(TermCounts.bucket(t), t));
        SparseVector v = space.weigh(TermCounts.of(text));
        List<TermWeight> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            double contribution = weights[v.indices()[i]] * v.values()[i];
            if (contribution > 0) {
                String term = termOfBucket.get(bucketAt(v.indices()[i]));
                if (term != null) {
                    out.add(new TermWeight(term, contribution));
                }
            }
        }
        out.sort(Comparator.comparingDouble(TermWeight::weight).reversed());
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /** The buckets with the largest weights, largest first: the terms most typical of the positives. */
    public int[] topBuckets(int max) {
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int n = Math.min(max, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = bucketAt(order[i]);
        }
        return out;
    }

    private int bucketAt(int featureIndex) {
        return space.bucketAt(featureIndex);
    }

    public void write(DataOutput out) throws IOException {
        space.write(out);
        out.writeFloat(bias);
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    /** Reads a model; {@code shared} gives the one instance of an equal space already read (or this one). */
    public static LinearModel read(DataInput in, java.util.function.UnaryOperator<FeatureSpace> shared) throws IOException {
        FeatureSpace space = shared.apply(FeatureSpace.read(in));
        float bias = in.readFloat();
        float[] w = new float[space.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        return new LinearModel(space, w, bias);
    }
}
