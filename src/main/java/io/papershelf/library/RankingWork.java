package io.papershelf.library;

import java.util.List;
import java.util.Map;

/**
 * What {@link Recommender#prepare} read from the library for {@link Recommender#train}: the papers (ids and
 * stamps), the term counts of those new or changed since the last time (all of them when {@code rebuilt}), and
 * the labels: papers read, and the papers of each tag.
 */
public final class RankingWork {
    final TermRows.Index index;
    final Map<Long, int[]> fresh;
    final boolean rebuilt;
    final boolean rowsChanged;
    final List<Long> readIds;
    final Map<String, List<Long>> tagged;

    RankingWork(TermRows.Index index, Map<Long, int[]> fresh, boolean rebuilt, boolean rowsChanged,
                List<Long> readIds, Map<String, List<Long>> tagged) {
        this.index = index;
        this.fresh = fresh;
        this.rebuilt = rebuilt;
        this.rowsChanged = rowsChanged;
        this.readIds = readIds;
        this.tagged = tagged;
    }

    /** How many papers the ranking covers. */
    public int papers() {
        return index.size();
    }

    /** How many papers were new or changed (their terms counted again). */
    public int changed() {
        return rebuilt ? index.size() : fresh.size();
    }
}
