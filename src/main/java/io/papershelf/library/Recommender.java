package io.papershelf.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.ranking.RankingSettings;
import io.papershelf.ranking.TermCounts;
import io.papershelf.storage.RankingCorpusQuery;

/**
 * Keeps the "For you" models of one library up to date: one linear model for the papers read or tagged at all,
 * and one per tag, trained on the papers' titles and abstracts (see docs/ranking.md). Term counts and models
 * are cached in two files beside the library ({@code library.db.ranking-terms}, {@code .ranking-models}),
 * rebuilt when missing or from another version; nothing leaves the machine.
 *
 * <p>Two steps, so that the window's library thread is busy only briefly: {@link #prepare} reads what changed
 * (on the thread that uses the {@link Library}), {@link #train} trains and scores (on any other background thread,
 * never the FX thread). {@link #current} is the latest result and stays in use while a newer one is trained. Not
 * for concurrent use: one prepare-then-train at a time (the caller coalesces requests).
 */
public final class Recommender {
    private static final Logger LOG = LoggerFactory.getLogger(Recommender.class);
    /** More changed papers than this are read in one pass over the library instead of by id. */
    private static final int BULK = 2_000;

    private final TermRows rows;
    private final RankingFile modelsFile;
    private final RankingSettings settings;
    private final ModelTraining training;
    private volatile TermRows.Index index;
    private volatile RangeSummary summary;
    private int prepared;
    private static final int FULL_READ_EVERY = 20;
    private Map<String, TrainedModel> models;
    private ScoreTable scores = ScoreTable.NONE;
    private volatile Ranking current = Ranking.pending();
    private volatile Consumer<Ranking> listener;

    public Recommender(Path libraryFile, RankingSettings settings) {
        Path absolute = libraryFile.toAbsolutePath();
        long key = settings.hashCode() * 31L + TermCounts.BUCKETS;
        this.rows = new TermRows(new RankingFile(absolute.resolveSibling(absolute.getFileName() + ".ranking-terms"), key));
        this.modelsFile = new RankingFile(absolute.resolveSibling(absolute.getFileName() + ".ranking-models"), key);
        this.settings = settings;
        this.training = new ModelTraining(settings);
    }

    /** The recommender of the library in this file, with the settings of docs/ranking.md. */
    public static Recommender beside(Path libraryFile) {
        return new Recommender(libraryFile, RankingSettings.DEFAULT);
    }

    /** The latest ranking: never null; before the first training every model is pending. */
    public Ranking current() {
        return current;
    }

    /** Both steps on the calling thread: for the command line and tests. */
    public Ranking refresh(Library library) throws LibraryException {
        return train(prepare(library));
    }

    /**
     * Called with each new ranking, on the thread that made it (a background thread): first with the new
     * papers scored by the models at hand, then again when models have been trained anew.
     */
    public void onUpdate(Consumer<Ranking> listener) {
        this.listener = listener;
    }

    /**
     * Step 1, on the library's thread: reads the papers' stamps and labels and counts the terms of the papers
     * new or changed since the last time. Milliseconds for a listing's worth of new papers; a first build (or one
     * after thousands of changes) reads every title and abstract once and writes the term file.
     */
    public RankingWork prepare(Library library) throws LibraryException {
        if (index == null) {
            index = rows.index();
        }
        TermRows.Index old = index;
        // Every so often the stamps are read in full anyway, so that a change the summary cannot see (a paper
        // trashed and another restored, with the same row versions) is not missed for long.
        RangeSummary known = ++prepared % FULL_READ_EVERY == 0 ? null : summary;
        return library.readForRanking(q -> {
            RankingCorpusQuery.Stamps now = unchangedBelow(q, old, known);
            if (now == null) {
                now = q.stamps();
            }
            long[] ids = now.ids();
            summary = new RangeSummary(ids.length == 0 ? 0 : ids[ids.length - 1], ids.length, versionSum(now.stamps()),
                    now.lastAdded());
            List<Long> changed = new ArrayList<>();
            int kept = 0;
            for (int i = 0; i < ids.length; i++) {
                int j = old.find(ids[i]);
                kept += j >= 0 ? 1 : 0;
                if (j < 0 || old.stamps()[j] != now.stamps()[i]) {
                    changed.add(ids[i]);
                }
            }
            boolean removed = kept < old.size();
            if (changed.size() > BULK) {
                try {
                    index = rows.rebuild(ids, now.stamps(), q::allTexts);
                } catch (IOException e) {
                    index = null;
                    summary = null;
                    throw new java.sql.SQLException("Could not write the ranking cache " + rows.path() + " ("
                            + e.getMessage() + ")", e);
                }
                return new RankingWork(ids, now.stamps(), Map.of(), Map.of(), true, true, q.readIds(), q.tagged());
            }
            long[] stampsNow = now.stamps();
            Map<Long, TermRows.Counted> fresh = new HashMap<>();
            Map<Long, Long> stampOnly = new HashMap<>();
            q.texts(changed, (id, text) -> {
                int j = old.find(id);
                long stamp = stampsNow[java.util.Arrays.binarySearch(ids, id)];
                if (j >= 0 && old.hashes()[j] == TermRows.hash(text)) {
                    stampOnly.put(id, stamp); // read or tagged, same text
                } else {
                    fresh.put(id, TermRows.Counted.of(text));
                }
            });
            return new RankingWork(ids, stampsNow, fresh, stampOnly, false, removed || !fresh.isEmpty(),
                    q.readIds(), q.tagged());
        });
    }

    /** What the last prepare saw: papers up to {@code maxId}, their count, row versions and latest addition. */
    private record RangeSummary(long maxId, long papers, long versions, String lastAdded) {
    }

    /**
     * When the papers the index knows are unchanged (one aggregate query says so), their stamps and the new
     * papers' (ids above): a new listing then costs a read of its own papers, not of the whole library. Null
     * when anything else changed, or nothing is known yet.
     */
    private static RankingCorpusQuery.Stamps unchangedBelow(RankingCorpusQuery q, TermRows.Index old, RangeSummary known)
            throws java.sql.SQLException {
        if (known == null || old.size() == 0 || old.size() != known.papers()
                || old.ids()[old.size() - 1] != known.maxId()) {
            return null;
        }
        RankingCorpusQuery.RangeSummary range = q.summary(known.maxId());
        if (range.papers() != known.papers() || range.versions() != known.versions()
                || !java.util.Objects.equals(range.lastAdded(), known.lastAdded())) {
            return null;
        }
        RankingCorpusQuery.Stamps above = q.stampsAbove(known.maxId());
        long[] ids = java.util.Arrays.copyOf(old.ids(), old.size() + above.ids().length);
        long[] stamps = java.util.Arrays.copyOf(old.stamps(), ids.length);
        System.arraycopy(above.ids(), 0, ids, old.size(), above.ids().length);
        System.arraycopy(above.stamps(), 0, stamps, old.size(), above.ids().length);
        String last = above.lastAdded() != null && (known.lastAdded() == null
                || above.lastAdded().compareTo(known.lastAdded()) > 0) ? above.lastAdded() : known.lastAdded();
        return new RankingCorpusQuery.Stamps(ids, stamps, last);
    }

    private static long versionSum(long[] stamps) {
        long sum = 0;
        for (long s : stamps) {
            sum += s >>> 32;
        }
        return sum;
    }

    /**
     * Step 2, on a background thread: scores new papers with the models at hand and publishes that at once,
     * brings the term file up to date, trains the models whose papers changed (the "For you" model and each tag
     * with at least {@link Ranking#MIN_POSITIVES} papers), scores every paper, saves the models and publishes
     * the result as {@link #current}.
     */
    public Ranking train(RankingWork work) {
        if (models == null) {
            models = loadModels();
        }
        Labels labels = Labels.of(work);
        boolean quick = !work.rebuilt && !models.isEmpty() && scores.covers(models.keySet());
        if (quick) {
            scores = scores.carry(work.ids, work.fresh, models);
            publish(labels.ranking(scores, models));
        } else {
            scores = ScoreTable.empty(work.ids);
        }
        try {
            if (!work.rebuilt && work.rowsChanged) {
                index = rows.rewrite(work.ids, work.stamps, work.fresh);
            } else if (!work.rebuilt && !work.stampOnly.isEmpty()) {
                index = rows.patchStamps(index, work.stampOnly);
            }
        } catch (IOException e) {
            index = null;
            summary = null;
            LOG.warn("Could not write the ranking cache {}; models stay as they are", rows.path(), e);
            return current;
        }
        Map<String, List<Long>> toTrain = new HashMap<>();
        Map<String, TrainedModel> all = new HashMap<>();
        for (Map.Entry<String, List<Long>> e : labels.positives().entrySet()) {
            List<Long> pos = e.getValue();
            if (pos.size() < Ranking.MIN_POSITIVES || pos.size() >= work.papers()) {
                continue;
            }
            TrainedModel m = models.get(e.getKey());
            if (m == null || m.stale(pos, work.papers())) {
                toTrain.put(e.getKey(), pos);
            } else {
                all.put(e.getKey(), m);
            }
        }
        Map<String, TrainedModel> fresh = toTrain.isEmpty() ? Map.of() : training.train(rows, work.papers(), toTrain);
        all.putAll(fresh);
        Map<String, TrainedModel> toScore = new HashMap<>();
        all.forEach((k, m) -> {
            if (fresh.containsKey(k) || !scores.covers(java.util.Set.of(k))) {
                toScore.put(k, m);
            }
        });
        scores = scores.keep(all.keySet()).withScored(rows, toScore);
        if (!fresh.isEmpty() || !all.keySet().equals(models.keySet())) {
            saveModels(all);
        }
        models = all;
        publish(labels.ranking(scores, all));
        return current;
    }

    private void publish(Ranking ranking) {
        current = ranking;
        Consumer<Ranking> l = listener;
        if (l != null) {
            l.accept(ranking);
        }
    }

    private Map<String, TrainedModel> loadModels() {
        Map<String, TrainedModel> loaded = modelsFile.read(in -> {
            int n = in.readInt();
            Map<String, TrainedModel> m = new HashMap<>();
            for (int i = 0; i < n; i++) {
                TrainedModel t = TrainedModel.read(in);
                m.put(t.key(), t);
            }
            return m;
        });
        return loaded == null ? new HashMap<>() : loaded;
    }

    private void saveModels(Map<String, TrainedModel> all) {
        try {
            modelsFile.write(out -> {
                out.writeInt(all.size());
                for (TrainedModel m : all.values()) {
                    m.write(out);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not save the ranking models to {}; they are kept in memory", modelsFile.path(), e);
        }
    }
}
