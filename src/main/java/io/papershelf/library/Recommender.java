package io.papershelf.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.RankingSettings;
import io.papershelf.ranking.TermCounts;

/**
 * Keeps the "For you" models of one library up to date: one linear model for the papers read or tagged at all,
 * and one per tag, trained on the papers' titles and abstracts (see docs/ranking.md). Term counts and models
 * are cached in two files beside the library ({@code library.db.ranking-terms}, {@code .ranking-models}),
 * rebuilt when missing or from another version; nothing leaves the machine.
 *
 * <p>Two steps, so that the window's library thread is busy only briefly: {@link #prepare} reads what changed
 * (on the thread that uses the {@link Library}), {@link #train} trains and scores (on any other background thread,
 * never the FX thread; when every paper's terms must be counted it reads the texts in chunks through
 * {@link Texts}). {@link #current} is the latest result and stays in use while a newer one is trained. Not for
 * concurrent use: one prepare-then-train at a time (the caller coalesces requests).
 */
public final class Recommender {
    private static final Logger LOG = LoggerFactory.getLogger(Recommender.class);
    /** Texts read at a time when every paper's terms are counted. */
    private static final int TEXT_CHUNK = 1_000;

    /** Reads titles and abstracts for the training step, wherever the library may be used. */
    @FunctionalInterface
    public interface Texts {
        /** The title and abstract of each of these papers (ascending ids) that is not in the Trash. */
        Map<Long, String> of(long[] ids) throws LibraryException, InterruptedException;
    }

    private final TermRows rows;
    private final RankingFile modelsFile;
    private final RankingSettings settings;
    private final ModelTraining training;
    private volatile TermRows.Index index;
    private final ChangedPapers changes = new ChangedPapers();
    private Map<String, TrainedModel> models;
    private ScoreTable scores = ScoreTable.NONE;
    private volatile Ranking current = Ranking.pending();
    private volatile Consumer<Ranking> listener;
    /** The models whose every-paper scores are kept (null: all of them); the others keep only their standing. */
    private volatile Set<String> kept;

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

    /** Texts read from the library on the calling thread: for the command line and tests. */
    public static Texts textsOf(Library library) {
        return ids -> library.readForRanking(q -> {
            Map<Long, String> out = new HashMap<>();
            List<Long> boxed = new ArrayList<>(ids.length);
            for (long id : ids) {
                boxed.add(id);
            }
            q.texts(boxed, out::put);
            return out;
        });
    }

    /** The latest ranking: never null; before the first training every model is pending. */
    public Ranking current() {
        return current;
    }

    /** Both steps on the calling thread: for the command line and tests. */
    public Ranking refresh(Library library) throws LibraryException, InterruptedException {
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
     * Keeps every paper's score only for the "For you" model and these tags (any case; null: every model, the
     * default): the window holds what it shows (the For you column and order, a tag's "More like this"), 400 KB a
     * model at 100,000 papers. The other models keep where a score stands (for the tag suggestions) and answer
     * with {@link Scores.State#SCORING} until a refresh scores every paper for them. Takes effect at the next
     * {@link #train}; any thread.
     */
    public void keepScoresOf(Set<String> tags) {
        if (tags == null) {
            kept = null;
            return;
        }
        Set<String> keys = new java.util.HashSet<>();
        keys.add(Ranking.FOR_YOU);
        tags.forEach(t -> keys.add(Ranking.key(t)));
        kept = Set.copyOf(keys);
    }

    private boolean keeps(String key) {
        Set<String> k = kept;
        return k == null || k.contains(key);
    }

    /**
     * Reads the cache files beside the library (what the term file holds, the models), if not read yet: on a
     * background thread that is not the library's, before the first {@link #prepare}, so that the library's thread
     * does not wait for the file. {@link #prepare} reads them itself otherwise.
     */
    public void load() {
        if (index == null) {
            index = rows.index();
        }
        if (models == null) {
            models = loadModels();
        }
    }

    /** Step 1 with nothing known of what changed: every paper's stamp is checked. */
    public RankingWork prepare(Library library) throws LibraryException {
        return prepare(library, null);
    }

    /**
     * Step 1, on the library's thread: reads the papers' stamps and labels and counts the terms of the papers new
     * or changed since the last time. With {@code touched}, the papers this process wrote since the last prepare
     * (imported, read, tagged, moved to or from the Trash), only those are read: a new listing costs a read of its
     * own papers. Without (null), or when nothing is known yet, every paper's stamp is read (one aggregate query
     * first tells whether the papers known are unchanged). Every so often the stamps are read in full anyway, so
     * that a change made elsewhere (the command line beside the window) is not missed for long.
     */
    public RankingWork prepare(Library library, Collection<Long> touched) throws LibraryException {
        if (index == null) {
            index = rows.index();
        }
        TermRows.Index old = index;
        Texts texts = textsOf(library);
        return library.readForRanking(q -> changes.read(q, rows, old, touched, texts));
    }

    /** Step 2 with the texts read as {@link #prepare} would (on this thread): for the command line and tests. */
    public Ranking train(RankingWork work) throws LibraryException, InterruptedException {
        return train(work, work.texts);
    }

    /**
     * Step 2, on a background thread: scores new papers with the models at hand and publishes that at once,
     * brings the term file up to date (counting every paper's terms, texts read through {@code texts}, when
     * {@link #prepare} found many changes), trains the models whose papers changed (the "For you" model and each
     * tag with at least {@link Ranking#MIN_POSITIVES} papers), scores every paper, saves the models and publishes
     * the result as {@link #current}.
     */
    public Ranking train(RankingWork work, Texts texts) throws LibraryException, InterruptedException {
        load();
        Labels labelled = Labels.of(work.labels);
        boolean quick = !work.rebuild && !models.isEmpty() && scores.standsFor(models.keySet());
        if (quick) {
            scores = scores.carry(work.ids, work.fresh, models);
            publish(labelled.ranking(scores, models));
        } else {
            scores = ScoreTable.NONE;
        }
        try {
            if (work.rebuild) {
                index = rows.rebuild(work.ids, work.stamps, sink -> readAll(work.ids, texts, sink));
            } else if (work.rowsChanged) {
                index = rows.rewrite(work.ids, work.stamps, work.fresh);
            } else if (!work.stampOnly.isEmpty()) {
                index = rows.patchStamps(index, work.stampOnly);
            }
        } catch (IOException e) {
            forget();
            LOG.warn("Could not write the ranking cache {}; models stay as they are", rows.path(), e);
            return current;
        } catch (LibraryException | InterruptedException e) {
            forget();
            throw e;
        }
        Map<String, long[]> toTrain = new HashMap<>();
        Map<String, TrainedModel> all = new HashMap<>();
        for (Map.Entry<String, long[]> e : labelled.positives().entrySet()) {
            long[] pos = e.getValue();
            if (pos.length < Ranking.MIN_POSITIVES || pos.length >= work.papers()) {
                continue;
            }
            TrainedModel m = models.get(e.getKey());
            if (m == null || m.stale(pos, work.papers())) {
                toTrain.put(e.getKey(), pos);
            } else {
                all.put(e.getKey(), m);
            }
        }
        Map<String, TrainedModel> fresh = toTrain.isEmpty() ? Map.of()
                : training.train(rows, work.papers(), toTrain, sharedSpace(all));
        all.putAll(fresh);
        scores = scores.score(rows, work.ids, all, fresh.keySet(), this::keeps);
        if (!fresh.isEmpty() || !all.keySet().equals(models.keySet())) {
            saveModels(all);
        }
        models = all;
        publish(labelled.ranking(scores, all));
        return current;
    }

    /**
     * The feature space the models kept share, for the models trained now (one space in memory, each paper weighed
     * once when all are scored); null when they have several, or there are none: a space is chosen afresh. The
     * models kept are those not stale, so their space was chosen within a fifth of the library's size now.
     */
    private static FeatureSpace sharedSpace(Map<String, TrainedModel> kept) {
        FeatureSpace space = null;
        for (TrainedModel m : kept.values()) {
            if (space != null && space != m.model().space()) {
                return null;
            }
            space = m.model().space();
        }
        return space;
    }

    /** The term file could not be brought up to date: the next prepare reads everything again. */
    private void forget() {
        index = null;
        changes.forget();
    }

    /** Every paper's text in id order, read a chunk at a time; a paper gone meanwhile gives an empty text. */
    private static void readAll(long[] ids, Texts texts, TermRows.TextSink sink)
            throws IOException, LibraryException, InterruptedException {
        for (int from = 0; from < ids.length; from += TEXT_CHUNK) {
            long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + TEXT_CHUNK));
            Map<Long, String> read = texts.of(chunk);
            for (long id : chunk) {
                sink.accept(id, read.getOrDefault(id, ""));
            }
        }
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
            Map<FeatureSpace, FeatureSpace> spaces = new HashMap<>();
            for (int i = 0; i < n; i++) {
                TrainedModel t = TrainedModel.read(in, s -> spaces.computeIfAbsent(s, x -> x));
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
