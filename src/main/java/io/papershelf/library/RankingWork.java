package io.papershelf.library;

import java.util.List;
import java.util.Map;

/**
 * What {@link Recommender#prepare} read from the library for {@link Recommender#train}: the papers (ids and
 * stamps), the term counts of those whose text is new or changed since the last time, the new stamps of those
 * only read or tagged since, and the labels: papers read, and the papers of each tag.
 */
public final class RankingWork {
    final long[] ids;
    final long[] stamps;
    final Map<Long, TermRows.Counted> fresh;
    final Map<Long, Long> stampOnly;
    final boolean rebuilt;
    final boolean rowsChanged;
    final List<Long> readIds;
    final Map<String, List<Long>> tagged;

    RankingWork(long[] ids, long[] stamps, Map<Long, TermRows.Counted> fresh, Map<Long, Long> stampOnly,
                boolean rebuilt, boolean rowsChanged, List<Long> readIds, Map<String, List<Long>> tagged) {
        this.ids = ids;
        this.stamps = stamps;
        this.fresh = fresh;
        this.stampOnly = stampOnly;
        this.rebuilt = rebuilt;
        this.rowsChanged = rowsChanged;
        this.readIds = readIds;
        this.tagged = tagged;
    }

    /** How many papers the ranking covers. */
    public int papers() {
        return ids.length;
    }

    /** How many papers' terms were counted again (all of them when the term file was rebuilt). */
    public int changed() {
        return rebuilt ? ids.length : fresh.size();
    }
}
