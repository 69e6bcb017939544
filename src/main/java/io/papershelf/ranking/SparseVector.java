package io.papershelf.ranking;

/** Feature indices (ascending) and their values. */
public record SparseVector(int[] indices, float[] values) {
    public int size() {
        return indices.length;
    }
}
