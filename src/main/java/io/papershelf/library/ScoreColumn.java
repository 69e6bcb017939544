package io.papershelf.library;

/**
 * One model's score of each paper: the scores of the last pass over every paper (by the id index the models
 * share), and, over them, the papers scored since (new, or with a new text) and the papers gone since. A new
 * listing adds its papers to the overlay instead of copying every paper's score. Immutable.
 */
final class ScoreColumn {
    private final IdIndex ids;
    private final float[] values;
    private final Overlay overlay;
    private final float[] added;

    ScoreColumn(IdIndex ids, float[] values, Overlay overlay, float[] added) {
        this.ids = ids;
        this.values = values;
        this.overlay = overlay;
        this.added = added;
    }

    /** Every paper's score, with nothing over them. */
    static ScoreColumn of(IdIndex ids, float[] values) {
        return new ScoreColumn(ids, values, Overlay.EMPTY, new float[0]);
    }

    /** The paper's score; NaN when it has none (unknown, or gone). */
    float valueOf(long id) {
        if (!overlay.isEmpty()) {
            int a = overlay.added().indexOf(id);
            if (a >= 0) {
                return added[a];
            }
            if (overlay.gone().indexOf(id) >= 0) {
                return Float.NaN;
            }
        }
        int i = ids.indexOf(id);
        return i < 0 ? Float.NaN : values[i];
    }
}
