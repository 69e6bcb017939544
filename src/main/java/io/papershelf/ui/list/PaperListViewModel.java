package io.papershelf.ui.list;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.BackgroundExecutor;

/**
 * The paper list: the rows for the sidebar's filter combined with the search text. Every query runs in
 * the background, in two steps: the first {@link #FIRST_PAGE} rows, which land at once, then all of them
 * (at 100,000 papers "tr" matches most of the library). A query asked for after a newer one is skipped
 * before it runs, and a result that arrives after a newer query was asked for is dropped, so a stale search
 * never shows over a newer one.
 *
 * <p>The "For you" ranking as the list shows it, with "More like this", is its {@link #ranking()}: in "More like
 * this" the rows are the papers without the view's tag, all at once, in likeness order.
 */
public final class PaperListViewModel {
    /** Rows in the first answer to a query: more than a screenful, few enough to read at once. */
    static final int FIRST_PAGE = 200;

    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<PaperRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PaperFilter> filter = new SimpleObjectProperty<>(PaperFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ListRanking ranking;
    /** The newest query's number; the background thread reads it to skip queries already superseded. */
    private volatile long generation;
    private boolean replacing;
    /** The next rows to land are another view's (or the first ever): the view shows its top, first paper selected. */
    private boolean freshPending = true;
    private boolean landingFresh;
    private Consumer<List<Long>> selectRequests = ids -> { };
    private Runnable afterNextLoad;
    private Runnable beforeReplace = () -> { };
    private Runnable afterReplace = () -> { };

    public PaperListViewModel(Library library, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.onError = onError;
        this.ranking = new ListRanking(this, library, executor, onError);
        filter.addListener((obs, old, now) -> {
            ranking.viewChanged();
            reloadAsNewView();
        });
    }

    /** The "For you" ranking as the list shows it: its column, its order, "More like this". */
    public ListRanking ranking() {
        return ranking;
    }

    public ObservableList<PaperRow> rows() {
        return rows;
    }

    /** The sidebar's part of the filter (the query is kept apart). */
    public ObjectProperty<PaperFilter> filterProperty() {
        return filter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Runs once after the next load lands (to select the papers of an import, say). */
    public void afterNextLoad(Runnable action) {
        this.afterNextLoad = action;
    }

    /**
     * Loads the rows again as a view shown afresh (another sidebar view, an import): the list then shows its
     * top with the first paper selected, and a selection that is no longer shown is gone.
     */
    public void reloadAsNewView() {
        freshPending = true;
        reload();
    }

    /** True while the rows landing belong to a view shown afresh (read by the view's hook after replacing). */
    boolean landingFresh() {
        return landingFresh;
    }

    /** Loads the rows again, then selects these papers (those still shown). */
    public void reloadAndSelect(List<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        afterNextLoad(() -> selectRequests.accept(copy));
        reload();
    }

    /** Asks the view to select these papers now. */
    public void select(List<Long> ids) {
        selectRequests.accept(List.copyOf(ids));
    }

    /** Where requests to select papers go (the table). */
    void onSelectRequest(Consumer<List<Long>> handler) {
        this.selectRequests = handler;
    }

    /** Hooks around replacing rows (a reload or an update), so the view can keep its selection and scroll. */
    public void onReplace(Runnable before, Runnable after) {
        this.beforeReplace = before;
        this.afterReplace = after;
    }

    /**
     * Loads the rows again for the current filter and query: the first page, then the rest. The rest is asked
     * for once the first page has landed, so that work queued meanwhile (the sidebar's counts at start-up)
     * runs between the two steps rather than after both.
     */
    public void reload() {
        long mine = ++generation;
        PaperFilter f = filter.get().withQuery(query.get());
        loading.set(true);
        UnaryOperator<List<PaperRow>> liking = ranking.moreLikeThis();
        if (liking != null) {
            // All the papers without the tag, ranked: no first page, the best may be anywhere.
            executor.submit(() -> mine == generation ? liking.apply(library.rows(f.withTag(null))) : null, all -> {
                if (all != null && mine == generation) {
                    land(all, true);
                }
            }, e -> failed(mine, e));
            return;
        }
        executor.submit(() -> mine == generation ? library.rows(f, FIRST_PAGE) : null, first -> {
            if (first == null || mine != generation) {
                return; // a newer query was asked for meanwhile
            }
            boolean whole = first.size() < FIRST_PAGE;
            land(first, whole);
            if (!whole) {
                executor.submit(() -> mine == generation ? library.rows(f) : null, all -> {
                    if (all != null && mine == generation) {
                        land(all, true);
                    }
                }, e -> failed(mine, e));
            }
        }, e -> failed(mine, e));
    }

    private void land(List<PaperRow> result, boolean complete) {
        beginReplace();
        rows.setAll(result);
        if (!complete) {
            return; // the selection and scroll are put back when the rest has landed
        }
        landingFresh = freshPending;
        freshPending = false;
        try {
            endReplace();
        } finally {
            landingFresh = false;
        }
        loading.set(false);
        Runnable after = afterNextLoad;
        afterNextLoad = null;
        if (after != null) {
            after.run();
        }
    }

    private void failed(long mine, Throwable e) {
        if (mine == generation) {
            loading.set(false);
            if (replacing) {
                endReplace();
            }
        }
        onError.accept(e);
    }

    /** The view's hooks run once around a reload, however many steps it lands in. */
    private void beginReplace() {
        if (!replacing) {
            replacing = true;
            beforeReplace.run();
        }
    }

    private void endReplace() {
        replacing = false;
        afterReplace.run();
    }

    /** Replaces rows in place (same ids), keeping the selection and scroll position. */
    public void update(List<PaperRow> changed) {
        Map<Long, PaperRow> byId = new HashMap<>();
        changed.forEach(r -> byId.put(r.id(), r));
        boolean reloading = replacing;
        beginReplace();
        for (int i = 0; i < rows.size() && !byId.isEmpty(); i++) {
            PaperRow r = byId.remove(rows.get(i).id());
            if (r != null) {
                rows.set(i, r);
            }
        }
        if (!reloading) {
            endReplace();
        }
    }

    /** Drops rows that left the current view (moved to the Trash, say). */
    public void remove(List<Long> ids) {
        Set<Long> gone = new HashSet<>(ids);
        rows.removeIf(r -> gone.contains(r.id()));
    }
}
