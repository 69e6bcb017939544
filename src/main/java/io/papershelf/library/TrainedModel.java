package io.papershelf.library;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import java.util.function.UnaryOperator;

import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.LinearModel;

/**
 * A model with what it was trained on: its key ({@link Ranking#FOR_YOU} or a tag in lower case), how many
 * positives, a fingerprint of which papers they were, and the size of the library then. A model is trained
 * again when its positives change or the library has grown or shrunk by a fifth since.
 */
record TrainedModel(String key, int positives, long fingerprint, int papers, LinearModel model) {

    boolean stale(long[] positiveIds, int papersNow) {
        return fingerprint != fingerprint(positiveIds) || Math.abs(papersNow - papers) * 5 > Math.max(papers, 1);
    }

    /** A hash of the sorted ids. */
    static long fingerprint(long[] sortedIds) {
        long h = 1125899906842597L;
        for (long id : sortedIds) {
            h = 31 * h + id;
            h ^= h >>> 29;
        }
        return h ^ sortedIds.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(key);
        out.writeInt(positives);
        out.writeLong(fingerprint);
        out.writeInt(papers);
        model.write(out);
    }

    static TrainedModel read(DataInputStream in, UnaryOperator<FeatureSpace> shared) throws IOException {
        return new TrainedModel(in.readUTF(), in.readInt(), in.readLong(), in.readInt(), LinearModel.read(in, shared));
    }
}
