package io.papershelf.library;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.storage.RankingCorpusQuery;

/**
 * Step 1 of a refresh ({@link Recommender#prepare}): which papers there are now, which of them changed since the
 * term file was written, their new term counts, and the labels. Remembers what it saw (a summary of the stamps,
 * the labels), so that the next time only the papers touched, or new, need reading.
 */
final class ChangedPapers {
    /** More changed papers than this: every paper's terms are counted again, in chunks, by the training step. */
    private static final int BULK = 2_000;
    /** Every so often the stamps are read in full anyway, whatever the caller says was touched. */
    private static final int FULL_READ_EVERY = 20;

    private volatile RangeSummary summary;
    private volatile PaperLabels labels;
    private int prepared;

    /** What the last read saw: papers up to {@code maxId}, and their count, row versions and latest addition. */
    private record RangeSummary(long maxId, RankingCorpusQuery.RangeSummary range) {
    }

    /** The term file could not be brought up to date: the next read reads everything. */
    void forget() {
        summary = null;
    }

    /** See {@link Recommender#prepare(Library, Collection)}; {@code old} is what the term file holds. */
    RankingWork read(RankingCorpusQuery q, TermRows file, TermRows.Index old, Collection<Long> touched,
                     Recommender.Texts texts) throws SQLException {
        PaperLabels known = labels;
        boolean fullRead = ++prepared % FULL_READ_EVERY == 0;
        if (touched != null && !fullRead && known != null && old.size() > 0) {
            long[] t = touched.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sorted().distinct().toArray();
            return touchedOnly(q, file, old, known, t, texts);
        }
        RankingCorpusQuery.Stamps now = unchangedBelow(q, old, fullRead ? null : summary);
        if (now == null) {
            now = q.stamps();
        }
        summary = summaryOf(now.ids(), now.stamps(), now.lastAdded());
        PaperLabels fresh = new PaperLabels(q.readIds(), q.tagged());
        labels = fresh;
        List<Long> changed = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < now.ids().length; i++) {
            int j = old.find(now.ids()[i]);
            kept += j >= 0 ? 1 : 0;
            if (j < 0 || old.stamps()[j] != now.stamps()[i]) {
                changed.add(now.ids()[i]);
            }
        }
        return work(q, file, old, now.ids(), now.stamps(), changed, kept < old.size(), fresh, texts);
    }

    /** Step 1 for the touched papers only: their stamps, labels and texts merged into what is known. */
    private RankingWork touchedOnly(RankingCorpusQuery q, TermRows file, TermRows.Index old, PaperLabels known, long[] t,
                                    Recommender.Texts texts)
            throws SQLException {
        RankingCorpusQuery.Stamps now = q.stampsOf(t);
        PaperLabels fresh = known.with(t, q.readAmong(t), q.tagsOf(t));
        long[] ids = new long[old.size() + now.ids().length];
        long[] stamps = new long[ids.length];
        List<Long> changed = new ArrayList<>();
        int n = 0;
        int i = 0;
        int j = 0;
        int tj = 0;
        boolean removed = false;
        while (i < old.size() || j < now.ids().length) {
            long oldId = i < old.size() ? old.ids()[i] : Long.MAX_VALUE;
            long newId = j < now.ids().length ? now.ids()[j] : Long.MAX_VALUE;
            if (oldId < newId) {
                while (tj < t.length && t[tj] < oldId) {
                    tj++;
                }
                if (tj < t.length && t[tj] == oldId) {
                    removed = true; // touched and gone: moved to the Trash
                } else {
                    ids[n] = oldId;
                    stamps[n++] = old.stamps()[i];
                }
                i++;
            } else {
                ids[n] = newId;
                stamps[n++] = now.stamps()[j];
                if (oldId != newId || old.stamps()[i] != now.stamps()[j]) {
                    changed.add(newId);
                }
                i += oldId == newId ? 1 : 0;
                j++;
            }
        }
        ids = Arrays.copyOf(ids, n);
        stamps = Arrays.copyOf(stamps, n);
        RangeSummary before = summary;
        String last = before == null ? null : latest(before.range().lastAdded(), now.lastAdded());
        summary = before == null ? null : summaryOf(ids, stamps, last);
        labels = fresh;
        return work(q, file, old, ids, stamps, changed, removed, fresh, texts);
    }

    /** The work for these papers, given which of them changed: their texts read, or every text later when many. */
    private static RankingWork work(RankingCorpusQuery q, TermRows file, TermRows.Index old, long[] ids, long[] stamps,
                                    List<Long> changed, boolean removed, PaperLabels labels, Recommender.Texts texts)
            throws SQLException {
        if (changed.size() > BULK) {
            return new RankingWork(ids, stamps, Map.of(), Map.of(), true, true, labels, texts);
        }
        Map<Long, TermRows.Counted> fresh = new HashMap<>();
        Map<Long, Long> stampOnly = new HashMap<>();
        Map<Long, Long> oldHashes = file.textHashes(old, changed);
        q.texts(changed, (id, text) -> {
            long stamp = stamps[Arrays.binarySearch(ids, id)];
            Long before = oldHashes.get(id);
            if (before != null && before == TermRows.hash(text)) {
                stampOnly.put(id, stamp); // read or tagged, same text
            } else {
                fresh.put(id, TermRows.Counted.of(text));
            }
        });
        return new RankingWork(ids, stamps, fresh, stampOnly, false, removed || !fresh.isEmpty(), labels, texts);
    }

    private static RangeSummary summaryOf(long[] ids, long[] stamps, String lastAdded) {
        long versions = 0;
        for (long s : stamps) {
            versions += s >>> 32;
        }
        return new RangeSummary(ids.length == 0 ? 0 : ids[ids.length - 1],
                new RankingCorpusQuery.RangeSummary(ids.length, versions, lastAdded));
    }

    private static String latest(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * When the papers the index knows are unchanged (one aggregate query says so), their stamps and the new
     * papers' (ids above): a new listing then costs a read of its own papers, not of the whole library. Null
     * when anything else changed, or nothing is known yet.
     */
    private static RankingCorpusQuery.Stamps unchangedBelow(RankingCorpusQuery q, TermRows.Index old, RangeSummary known)
            throws SQLException {
        if (known == null || old.size() == 0 || old.size() != known.range().papers()
                || old.ids()[old.size() - 1] != known.maxId()) {
            return null;
        }
        if (!q.summary(known.maxId()).equals(known.range())) {
            return null;
        }
        RankingCorpusQuery.Stamps above = q.stampsAbove(known.maxId());
        long[] ids = Arrays.copyOf(old.ids(), old.size() + above.ids().length);
        long[] stamps = Arrays.copyOf(old.stamps(), ids.length);
        System.arraycopy(above.ids(), 0, ids, old.size(), above.ids().length);
        System.arraycopy(above.stamps(), 0, stamps, old.size(), above.ids().length);
        return new RankingCorpusQuery.Stamps(ids, stamps, latest(known.range().lastAdded(), above.lastAdded()));
    }
}
