package io.papershelf.ui;

import java.util.List;
import java.util.function.Consumer;

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

/**
 * The paper list: the rows for the sidebar's filter combined with the search text. Every query runs in
 * the background; a result that arrives after a newer query was asked for is dropped, so a stale search
 * never shows over a newer one.
 */
public final class PaperListViewModel {
    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<PaperRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PaperFilter> filter = new SimpleObjectProperty<>(PaperFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long generation;
    private Runnable afterNextLoad;
    private Runnable beforeReplace = () -> { };
    private Runnable afterReplace = () -> { };

    public PaperListViewModel(Library library, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.onError = onError;
        filter.addListener((obs, old, now) -> reload());
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

    /** Hooks around replacing rows (a reload or an update), so the view can keep its selection and scroll. */
    public void onReplace(Runnable before, Runnable after) {
        this.beforeReplace = before;
        this.afterReplace = after;
    }

    /** Loads the rows again for the current filter and query. */
    public void reload() {
        long mine = ++generation;
        PaperFilter f = filter.get().withQuery(query.get());
        loading.set(true);
        executor.submit(() -> library.rows(f), result -> {
            if (mine != generation) {
                return; // a newer query was asked for meanwhile
            }
            beforeReplace.run();
            rows.setAll(result);
            afterReplace.run();
            loading.set(false);
            Runnable after = afterNextLoad;
            afterNextLoad = null;
            if (after != null) {
                after.run();
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
            }
            onError.accept(e);
        });
    }

    /** Replaces rows in place (same ids), keeping the selection and scroll position. */
    public void update(List<PaperRow> changed) {
        java.util.Map<Long, PaperRow> byId = new java.util.HashMap<>();
        changed.forEach(r -> byId.put(r.id(), r));
        beforeReplace.run();
        for (int i = 0; i < rows.size() && !byId.isEmpty(); i++) {
            PaperRow r = byId.remove(rows.get(i).id());
            if (r != null) {
                rows.set(i, r);
            }
        }
        afterReplace.run();
    }

    /** Drops rows that left the current view (moved to the Trash, say). */
    public void remove(List<Long> ids) {
        java.util.Set<Long> gone = new java.util.HashSet<>(ids);
        rows.removeIf(r -> gone.contains(r.id()));
    }
}
