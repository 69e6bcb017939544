package io.papershelf.library;

import java.util.Arrays;

import io.papershelf.model.PaperRow;

/**
 * The list rows {@link RowCache} keeps, by paper id, each with the row version it was read at: an open-addressing
 * table of three arrays (20 bytes a slot, 2.6 MB at 100,000 papers). A {@code HashMap<Long, Entry>} took about
 * 90 bytes a row (a node, a boxed id, an entry and the table), 9 MB that stayed in the old generation for as long as
 * the window is open (docs/performance.md, Memory). Removal shifts the following entries back, so no slot is ever
 * marked deleted.
 */
final class RowsById {
    private static final int MIN_CAPACITY = 16;
    /** The table grows when it is this full. */
    private static final double MAX_LOAD = 0.8;

    private long[] ids = new long[MIN_CAPACITY];
    private long[] versions = new long[MIN_CAPACITY];
    /** Null marks an empty slot. */
    private PaperRow[] rows = new PaperRow[MIN_CAPACITY];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The row of this paper if it is held at this version, else null. */
    PaperRow at(long id, long version) {
        int slot = find(id);
        return slot >= 0 && versions[slot] == version ? rows[slot] : null;
    }

    /** The row held for this paper, whatever its version, or null. */
    PaperRow get(long id) {
        int slot = find(id);
        return slot >= 0 ? rows[slot] : null;
    }

    void put(PaperRow row, long version) {
        if (size + 1 > MAX_LOAD * rows.length) {
            grow();
        }
        int slot = slot(row.id());
        while (rows[slot] != null && ids[slot] != row.id()) {
            slot = next(slot);
        }
        if (rows[slot] == null) {
            size++;
        }
        ids[slot] = row.id();
        versions[slot] = version;
        rows[slot] = row;
    }

    void remove(long id) {
        int hole = find(id);
        if (hole < 0) {
            return;
        }
        size--;
        // Backward-shift deletion: move up each following entry that the hole now cuts off from its home slot.
        for (int slot = next(hole); rows[slot] != null; slot = next(slot)) {
            int home = slot(ids[slot]);
            boolean reachable = hole <= slot ? home > hole && home <= slot : home > hole || home <= slot;
            if (!reachable) {
                ids[hole] = ids[slot];
                versions[hole] = versions[slot];
                rows[hole] = rows[slot];
                hole = slot;
            }
        }
        rows[hole] = null;
    }

    private int find(long id) {
        for (int slot = slot(id); rows[slot] != null; slot = next(slot)) {
            if (ids[slot] == id) {
                return slot;
            }
        }
        return -1;
    }

    private void grow() {
        long[] oldVersions = versions;
        PaperRow[] oldRows = rows;
        int capacity = oldRows.length * 2;
        ids = new long[capacity];
        versions = new long[capacity];
        rows = new PaperRow[capacity];
        size = 0;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != null) {
                put(oldRows[i], oldVersions[i]);
            }
        }
        Arrays.fill(oldRows, null);
    }

    private int slot(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 40) & (rows.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (rows.length - 1);
    }
}
