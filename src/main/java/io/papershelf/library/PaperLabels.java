package io.papershelf.library;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What the user said about the papers, as the ranking learns from it: the papers read, and each tag (as the user
 * spells it) with the papers that carry it; ids ascending, papers in the Trash left out. Immutable.
 */
record PaperLabels(long[] read, Map<String, long[]> tagged) {
    static final PaperLabels NONE = new PaperLabels(new long[0], Map.of());

    PaperLabels {
        tagged = Map.copyOf(tagged);
    }

    /**
     * These labels with those of the {@code touched} papers replaced by what they are now: {@code readNow} and
     * {@code taggedNow} hold the touched papers that are read or carry a tag now (a paper moved to the Trash is in
     * neither). Tags stay listed when their last paper loses them, as the library keeps the tag.
     */
    PaperLabels with(long[] touched, long[] readNow, Map<String, long[]> taggedNow) {
        Map<String, long[]> tags = new HashMap<>();
        tagged.forEach((name, ids) -> tags.put(name, merge(without(ids, touched), taggedNow.getOrDefault(name, new long[0]))));
        taggedNow.forEach((name, ids) -> tags.putIfAbsent(name, ids));
        return new PaperLabels(merge(without(read, touched), readNow), tags);
    }

    /** The ids of {@code a} that are not in {@code remove} (both ascending). */
    static long[] without(long[] a, long[] remove) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long id : a) {
            while (j < remove.length && remove[j] < id) {
                j++;
            }
            if (j >= remove.length || remove[j] != id) {
                out[n++] = id;
            }
        }
        return n == a.length ? a : Arrays.copyOf(out, n);
    }

    /** The union of two ascending id lists, ascending and without repeats. */
    static long[] merge(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
