package io.papershelf.library;

import java.util.Arrays;

/** Paper ids (ascending) and where each one is in the arrays beside them: the ranking's row numbers. */
final class IdIndex {
    static final IdIndex EMPTY = new IdIndex(new long[0]);

    private final long[] ids;

    IdIndex(long[] ascendingIds) {
        this.ids = ascendingIds;
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
        return Arrays.binarySearch(ids, id);
    }
}
