package io.papershelf.library;

/**
 * Paper id to score in an open-addressing table, for comparators that look scores up millions of times while a
 * table of 100,000 rows sorts. Unknown papers get negative infinity (they sort last). Immutable once built.
 */
final class IdScores {
    private final long[] keys;
    private final float[] scores;
    private final boolean[] used;
    private final int mask;

    IdScores(IdIndex ids, float[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        scores = new float[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
        for (int i = 0; i < ids.size(); i++) {
            int slot = slot(ids.idAt(i));
            while (used[slot] && keys[slot] != ids.idAt(i)) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = ids.idAt(i);
            scores[slot] = values[i];
        }
    }

    double get(long id) {
        int slot = slot(id);
        while (used[slot]) {
            if (keys[slot] == id) {
                return scores[slot];
            }
            slot = (slot + 1) & mask;
        }
        return Double.NEGATIVE_INFINITY;
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
