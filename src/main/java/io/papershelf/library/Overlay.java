package io.papershelf.library;

/**
 * The papers scored since the last pass over every paper ({@code added}: new ones, or with a new text; their
 * scores are kept beside, in the same order) and those gone since ({@code gone}: moved to the Trash), shared by
 * every model's {@link ScoreColumn}.
 */
record Overlay(IdIndex added, IdIndex gone) {
    static final Overlay EMPTY = new Overlay(IdIndex.EMPTY, IdIndex.EMPTY);

    boolean isEmpty() {
        return added.size() == 0 && gone.size() == 0;
    }

    int size() {
        return added.size() + gone.size();
    }
}
