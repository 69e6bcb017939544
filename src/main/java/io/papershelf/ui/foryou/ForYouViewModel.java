package io.papershelf.ui.foryou;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.Ranking;
import io.papershelf.library.RankingWork;
import io.papershelf.library.Recommender;
import io.papershelf.library.Scores;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;

/**
 * Keeps the window's "For you" ranking up to date (docs/ranking.md): after the changes the window makes settle
 * (a debounce of {@link #SETTLE}), the recommender's first step reads what changed on the library's thread, then
 * its second trains on the training thread; each ranking it publishes lands in {@link #rankingProperty} on the
 * FX thread, and until then the previous one stays in use. One refresh runs at a time; changes that arrive
 * meanwhile are kept and refreshed once it ends. The window tells which papers it touched, so that a refresh
 * reads only those; a change it cannot name (View > Refresh, a tag renamed) has everything checked.
 */
public final class ForYouViewModel {
    /** How long changes must settle before the ranking is refreshed. */
    public static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ForYouViewModel.class);

    private final Library library;
    private final Recommender recommender;
    private final BackgroundExecutor executor;
    private final TrainingThread training;
    private final Executor fx;
    private final Debouncer settle;
    private final ReadOnlyObjectWrapper<Ranking> ranking;
    private final Set<Long> touched = new HashSet<>();
    /** Whether a change the window cannot name happened since the last refresh (or none ran yet). */
    private boolean unknown = true;
    private boolean running;
    private boolean again;
    private boolean stopped;
    /** The tag whose every-paper scores the list waits for, or null. */
    private String scoring;

    /**
     * @param fx runs work on the FX thread ({@code Platform::runLater}); the recommender publishes from the
     *           training thread
     */
    public ForYouViewModel(Library library, Recommender recommender, BackgroundExecutor executor,
                           Debouncer.Factory debouncers, TrainingThread training, Executor fx) {
        this.library = library;
        this.recommender = recommender;
        this.executor = executor;
        this.training = training;
        this.fx = fx;
        this.ranking = new ReadOnlyObjectWrapper<>(recommender.current());
        this.settle = debouncers.create(SETTLE, this::refresh);
        recommender.keepScoresOf(Set.of()); // every paper's score of the "For you" model only, until a tag's are shown
        recommender.onUpdate(r -> fx.execute(() -> {
            if (!stopped) {
                ranking.set(r);
            }
        }));
    }

    /** The latest ranking (pending before the first training ends); replaced on the FX thread. */
    public ReadOnlyObjectProperty<Ranking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Reads the cache files on the training thread, then refreshes at once (the window has just opened). */
    public void start() {
        running = true;
        training.execute(() -> {
            recommender.load();
            fx.execute(this::finished);
        });
        again = true;
    }

    /**
     * {@link #start} once the list has loaded its rows ({@code loading} false): the ranking's reading of its files
     * and of every paper's stamp then does not overlap the loading of 100,000 rows, when the young generation
     * fills fastest and whatever is alive at a collection is promoted to the old one, whose pages stay resident.
     */
    public void startWhenLoaded(ReadOnlyBooleanProperty loading) {
        if (!loading.get()) {
            start();
            return;
        }
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    start();
                }
            }
        });
    }

    /** The window changed these papers (imported, read, tagged, trashed or restored): refreshes once things settle. */
    public void changed(Collection<Long> ids) {
        touched.addAll(ids);
        settle.poke();
    }

    /** Something changed that the window cannot name (View > Refresh, a tag renamed): every paper is checked. */
    public void changedElsewhere() {
        unknown = true;
        settle.poke();
    }

    /**
     * The list shows this tag's "More like this" (null: none): every paper's score under the tag's model is kept
     * from now on, and computed at once when the ranking at hand has only where its scores stand. The tag's
     * scores are let go at the next refresh after it is no longer shown.
     */
    public void showScoresOf(String tag) {
        recommender.keepScoresOf(tag == null ? Set.of() : Set.of(tag));
        scoring = tag;
        if (tag != null && ranking.get().tag(tag).state() == Scores.State.SCORING) {
            refresh();
        }
    }

    /** The window closes: no refresh more, a training under way is interrupted. */
    public void stop() {
        stopped = true;
        settle.cancel();
        training.stop();
    }

    private void refresh() {
        if (stopped) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        List<Long> ids = unknown ? null : List.copyOf(touched);
        touched.clear();
        unknown = false;
        executor.submit(() -> recommender.prepare(library, ids), work -> training.execute(() -> train(work)), e -> {
            LOG.warn("Could not read what changed for the ranking", e);
            unknown = true;
            finished();
        });
    }

    /** On the training thread. */
    private void train(RankingWork work) {
        try {
            recommender.train(work, this::textsOnLibraryThread);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopped: nothing more to do
        } catch (LibraryException | RuntimeException e) {
            LOG.warn("Training the ranking failed; the previous one stays in use", e);
        }
        fx.execute(this::finished);
    }

    private void finished() {
        running = false;
        Scores.State shown = scoring == null ? null : ranking.get().tag(scoring).state();
        if (shown != null && shown != Scores.State.PENDING) {
            scoring = null;
            again |= shown == Scores.State.SCORING; // asked for while a training had passed that point: once more
        }
        if (again) {
            again = false;
            refresh();
        }
    }

    /** Texts for a first build, read on the library's thread while the training thread waits. */
    private Map<Long, String> textsOnLibraryThread(long[] ids) throws LibraryException, InterruptedException {
        CompletableFuture<Map<Long, String>> read = new CompletableFuture<>();
        Recommender.Texts direct = Recommender.textsOf(library);
        executor.submit(() -> direct.of(ids), read::complete, read::completeExceptionally);
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LibraryException le) {
                throw le;
            }
            throw new IllegalStateException("Reading texts for the ranking failed", e.getCause());
        }
    }
}
