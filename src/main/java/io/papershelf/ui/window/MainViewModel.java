package io.papershelf.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.Library;
import io.papershelf.library.ImportOutcome;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.detail.DetailViewModel;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.sidebar.SidebarViewModel;
import io.papershelf.ui.stats.StatisticsViewModel;

/**
 * The window as a whole: wires the sidebar, list and detail together, imports files in the background
 * with progress, moves papers to the Trash with undo, and says what the status bar shows.
 */
public final class MainViewModel {
    private final Library library;
    private final BackgroundExecutor executor;
    private final SidebarViewModel sidebar;
    private final PaperListViewModel list;
    private final DetailViewModel detail;
    private final StatisticsViewModel statistics;
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final DoubleProperty importProgress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<List<ImportOutcome>> lastImport = new SimpleObjectProperty<>();
    private final TrashWithUndo trash;

    public MainViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers) {
        this.library = library;
        this.executor = executor;
        Consumer<Throwable> onError = e -> error.set(message(e));
        this.sidebar = new SidebarViewModel(library, executor, onError);
        this.list = new PaperListViewModel(library, executor, onError);
        this.detail = new DetailViewModel(library, executor, debouncers, this::papersChanged, onError, this::showNotice);
        this.trash = new TrashWithUndo(library, executor, list, sidebar, notice, onError);
        this.statistics = new StatisticsViewModel(library, executor, new StatisticsViewModel.Navigator() {
            @Override
            public void showTag(String tag) {
                sidebar.selectTag(tag);
            }

            @Override
            public void showOrganization(String organization) {
                sidebar.selectOrganization(organization);
            }
        }, this::showNotice, onError);
        sidebar.filterProperty().addListener((obs, old, now) -> {
            list.filterProperty().set(now);
            if (sidebar.statisticsProperty().get()) {
                showStatistics(); // "Unread only" changed under them
            }
        });
        sidebar.statisticsProperty().addListener((obs, was, now) -> {
            if (now) {
                showStatistics();
            } else {
                statistics.hide();
            }
        });
        sidebar.refreshesProperty().addListener((obs, a, b) -> statistics.libraryChanged());
    }

    /** The statistics of what the list shows: the sidebar's view with the search text. */
    private void showStatistics() {
        String query = list.queryProperty().get().strip();
        statistics.show(list.filterProperty().get().withQuery(query),
                sidebar.filterLabelProperty().get() + (query.isEmpty() ? "" : " · “" + query + "”"));
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? "Something went wrong (" + e.getClass().getSimpleName() + ")." : e.getMessage();
    }

    /** Loads everything for the first time. */
    public void start() {
        detail.highlights().loadColors();
        sidebar.refresh();
        list.reload();
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public PaperListViewModel list() {
        return list;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public StatisticsViewModel statistics() {
        return statistics;
    }

    /** How the window selects papers in the list (the ones an undo brought back). */
    void onSelectPapers(Consumer<List<Long>> select) {
        trash.onSelectPapers(select);
    }

    public Library library() {
        return library;
    }

    /** The last error, as one sentence, for the window to show. */
    public ObjectProperty<String> errorProperty() {
        return error;
    }

    /** The newest notice (what just happened, maybe with Undo), shown without taking the focus; null: none. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Shows a notice in place of the one shown now. */
    public void showNotice(Notice n) {
        notice.set(n);
    }

    /** -1 when no import runs, else 0..1. */
    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    /** The outcomes of the last import that finished. */
    public ObjectProperty<List<ImportOutcome>> lastImportProperty() {
        return lastImport;
    }

    public String title() {
        return "Papershelf — " + library.file().getFileName();
    }

    /** "Showing 12 of 50 papers · 38 unread · library.db" */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> {
            var c = sidebar.countsProperty().get();
            return "Showing %d of %d papers  ·  %d unread  ·  %s".formatted(list.rows().size(), c.all(), c.unread(),
                    library.file());
        }, list.rows(), sidebar.countsProperty());
    }

    /** Papers changed (read, tags, notes): refresh their rows in place and the sidebar's counts. */
    void papersChanged(List<Long> ids) {
        executor.submit(() -> library.rows(ids), list::update, e -> error.set(message(e)));
        sidebar.refresh();
    }

    /**
     * Imports files one by one in the background (each all or nothing), then shows the papers of the
     * last file that was imported.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        importProgress.set(0);
        for (Path f : files) {
            executor.submit(() -> library.importFile(f, null), outcome -> {
                outcomes.add(outcome);
                importProgress.set((double) outcomes.size() / files.size());
                if (outcomes.size() == files.size()) {
                    importFinished(outcomes);
                }
            }, e -> {
                outcomes.add(new ImportOutcome(f, null, message(e)));
                if (outcomes.size() == files.size()) {
                    importFinished(outcomes);
                }
            });
        }
    }

    private void importFinished(List<ImportOutcome> outcomes) {
        importProgress.set(-1);
        lastImport.set(List.copyOf(outcomes));
        String lastFile = outcomes.stream().filter(ImportOutcome::imported).reduce((a, b) -> b)
                .map(o -> o.result().fileName()).orElse(null);
        sidebar.refresh(() -> {
            // Show the papers of the last file imported; its sidebar entry is the newest with that name.
            if (lastFile == null || !sidebar.selectListingNamed(lastFile)) {
                list.reload();
            }
        });
    }

    /** Moves papers to the Trash; a notice says which, with Undo ({@link #undo()}), which selects them again. */
    public void trash(List<Long> ids) {
        trash.trash(ids);
    }

    public boolean canUndo() {
        return trash.canUndo();
    }

    /** Takes the last papers moved to the Trash back out, and selects them again. */
    public void undo() {
        trash.undo();
    }

    public void restore(List<Long> ids) {
        trash.restore(ids, false);
    }

    public void emptyTrash() {
        trash.emptyTrash();
    }

    public void renameTag(String from, String to) {
        tagChange(() -> library.renameTag(from, to));
    }

    public void deleteTag(String tag) {
        tagChange(() -> library.deleteTag(tag));
    }

    public void setTagColor(String tag, String color) {
        tagChange(() -> library.setTagColor(tag, color));
    }

    private void tagChange(DetailViewModel.Change work) {
        executor.submit(() -> {
            work.apply();
            return null;
        }, x -> {
            sidebar.refresh();
            list.reload();
            detail.reload();
        }, e -> error.set(message(e)));
    }

    /** Saves what is unsaved and waits for the background work to finish (window closing). */
    public void flushAndWait() {
        detail.flush();
        executor.drain();
    }
}
