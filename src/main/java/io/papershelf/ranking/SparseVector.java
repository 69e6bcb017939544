package io.papershelf.ranking;

/**
 * Feature indices (ascending) and their values: the first {@code size} entries of the two arrays (longer arrays
 * let a pass over every paper weigh each one into the same arrays, {@link FeatureSpace#weigh(int[], int, SparseVector)}).
 */
public record SparseVector(int[] indices, float[] values, int size) {
    public SparseVector(int[] indices, float[] values) {
        this(indices, values, indices.length);
    }
}
