package io.papershelf.library;

import java.util.Map;

/**
 * What {@link Recommender#prepare} read from the library for {@link Recommender#train}: the papers (ids and
 * stamps), the term counts of those whose text is new or changed since the last time, the new stamps of those
 * only read or tagged since, whether every paper's terms must be counted again (a first build, or after many
 * changes: the training step then reads the texts in chunks), and the labels: papers read, each tag's papers.
 */
public final class RankingWork {
    final long[] ids;
    final long[] stamps;
    final Map<Long, TermRows.Counted> fresh;
    final Map<Long, Long> stampOnly;
    final boolean rebuild;
    final boolean rowsChanged;
    final PaperLabels labels;
    final Recommender.Texts texts;

    RankingWork(long[] ids, long[] stamps, Map<Long, TermRows.Counted> fresh, Map<Long, Long> stampOnly,
                boolean rebuild, boolean rowsChanged, PaperLabels labels, Recommender.Texts texts) {
        this.ids = ids;
        this.stamps = stamps;
        this.fresh = fresh;
        this.stampOnly = stampOnly;
        this.rebuild = rebuild;
        this.rowsChanged = rowsChanged;
        this.labels = labels;
        this.texts = texts;
    }

    /** How many papers the ranking covers. */
    public int papers() {
        return ids.length;
    }

    /** How many papers' terms are counted again (all of them when the term file is rebuilt). */
    public int changed() {
        return rebuild ? ids.length : fresh.size();
    }
}
