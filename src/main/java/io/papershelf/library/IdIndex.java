package io.papershelf.library;

import java.util.Arrays;

/**
 * Paper ids (ascending) and where each one is in the arrays beside them: the ranking's row numbers. Looking a
 * row up is one array read when the ids are dense (SQLite's row ids usually are: a table from id to row, 4 bytes
 * an id), else an open-addressing table; a comparator that sorts 100,000 rows looks rows up millions of times,
 * and every model's scores share this one index.
 */
final class IdIndex {
    static final IdIndex EMPTY = new IdIndex(new long[0]);

    private final long[] ids;
    private final long base;
    /** Dense: the row of id {@code base + i}, or -1. Sparse: the rows of the slots of {@link #keys}. */
    private final int[] rows;
    /** Sparse only: the id in each slot (0 with row -1: empty). */
    private final long[] keys;

    IdIndex(long[] ascendingIds) {
        this.ids = ascendingIds;
        int n = ids.length;
        long span = n == 0 ? 0 : ids[n - 1] - ids[0] + 1;
        if (span <= 4L * n + 1024) {
            base = n == 0 ? 0 : ids[0];
            rows = new int[(int) span];
            Arrays.fill(rows, -1);
            for (int i = 0; i < n; i++) {
                rows[(int) (ids[i] - base)] = i;
            }
            keys = null;
        } else {
            base = 0;
            int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
            rows = new int[capacity];
            keys = new long[capacity];
            Arrays.fill(rows, -1);
            for (int i = 0; i < n; i++) {
                int slot = slot(ids[i]);
                while (rows[slot] >= 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = ids[i];
                rows[slot] = i;
            }
        }
    }

    int size() {
        return ids.length;
    }

    long idAt(int i) {
        return ids[i];
    }

    long[] ids() {
        return ids;
    }

    /** The row of a paper, or a negative number when it has none. */
    int indexOf(long id) {
        if (keys == null) {
            long at = id - base;
            return at < 0 || at >= rows.length ? -1 : rows[(int) at];
        }
        int slot = slot(id);
        while (rows[slot] >= 0) {
            if (keys[slot] == id) {
                return rows[slot];
            }
            slot = (slot + 1) & (rows.length - 1);
        }
        return -1;
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (rows.length - 1);
    }
}
