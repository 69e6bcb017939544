package io.papershelf.ui.window;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import io.papershelf.library.ImportOutcome;
import io.papershelf.library.Library;
import io.papershelf.library.Recommender;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.BackgroundTask;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.detail.DetailViewModel;
import io.papershelf.ui.foryou.ForYouViewModel;
import io.papershelf.ui.foryou.TrainingThread;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.sidebar.SidebarItem;
import io.papershelf.ui.sidebar.SidebarViewModel;
import io.papershelf.ui.stats.StatisticsViewModel;

/**
 * The window as a whole: wires the sidebar, list and detail together, imports listings ({@link ListingImports}),
 * marks papers read from the list ({@link ReadChanges}) and moves them to the Trash ({@link TrashWithUndo}), both
 * undone from one {@link UndoHistory}, and says what the status bar shows.
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
    private final UndoHistory history = new UndoHistory();
    private final ListingImports imports;
    private final ReadChanges reads;
    private final TrashWithUndo trash;
    private final ForYouViewModel forYou;
    private boolean started;

    /** The window's "For you" ranking: trained on {@code training}, published through {@code fx} (the FX thread). */
    public record ForYouParts(Recommender recommender, TrainingThread training, java.util.concurrent.Executor fx) {
    }

    public MainViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers, ForYouParts ranking) {
        this.library = library;
        this.executor = executor;
        Consumer<Throwable> onError = e -> error.set(message(e));
        this.sidebar = new SidebarViewModel(library, executor, onError);
        this.list = new PaperListViewModel(library, executor, onError);
        this.detail = new DetailViewModel(library, executor, debouncers, this::papersChanged, onError, this::showNotice);
        this.imports = new ListingImports(library, executor, sidebar, list, onError, this::showNotice);
        this.reads = new ReadChanges(library, executor, list, history, ids -> {
            papersChanged(ids);
            detail.reload();
        }, onError);
        this.trash = new TrashWithUndo(library, executor, list, sidebar, notice, history, onError);
        this.forYou = new ForYouViewModel(library, ranking.recommender(), executor, debouncers, ranking.training(),
                ranking.fx());
        list.ranking().rankingProperty().bind(forYou.rankingProperty());
        list.ranking().likeTagProperty().addListener((o, was, tag) -> forYou.showScoresOf(tag));
        detail.rankingProperty().bind(forYou.rankingProperty());
        imports.onWritten(forYou::changed);
        trash.onMoved(forYou::changed);
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

    /** Loads everything for the first time; again, it shows what another program changed meanwhile (View > Refresh). */
    public void start() {
        // The list's first page first: at 100,000 papers the sidebar's counts take about 0.1 s of the library thread.
        list.reload();
        sidebar.refresh();
        detail.highlights().loadColors();
        if (started) {
            forYou.changedElsewhere();
        } else {
            started = true;
            forYou.startWhenLoaded(list.loadingProperty());
        }
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

    ListingImports imports() {
        return imports;
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

    /** The titled background tasks running now (an import, an export...), for the status bar. */
    public ObservableList<BackgroundTask<?>> tasks() {
        return executor.running();
    }

    /** The outcomes of the last import that finished. */
    public ObjectProperty<List<ImportOutcome>> lastImportProperty() {
        return imports.lastImportProperty();
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

    /** While a listing is shown, how far its triage has gone: "18 of 50 read or tagged"; else empty. */
    public StringBinding triageProgress() {
        return Bindings.createStringBinding(() -> {
            if (!(sidebar.selectedProperty().get() instanceof SidebarItem.ListingItem)) {
                return "";
            }
            long done = list.rows().stream().filter(r -> r.read() || !r.tags().isEmpty()).count();
            return "%d of %d read or tagged".formatted(done, list.rows().size());
        }, list.rows(), sidebar.selectedProperty());
    }

    /** Papers changed (read, tags, notes): refresh their rows in place and the sidebar's counts. */
    void papersChanged(List<Long> ids) {
        forYou.changed(ids);
        executor.submit(() -> library.rows(ids), list::update, e -> error.set(message(e)));
        sidebar.refresh();
    }

    /** Imports files one by one in the background (each all or nothing), then shows the last file's papers. */
    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    /** Marks papers read or unread from the list, as a step {@link #undo()} takes back. */
    void setRead(List<PaperRow> rows, boolean read, boolean leaveView, List<Long> selectBack) {
        reads.setRead(rows, read, leaveView, selectBack);
    }

    /** Reads these papers in the background (in this order), then hands them to {@code then} on the FX thread. */
    void withPapers(List<Long> ids, Consumer<List<Paper>> then) {
        List<Long> copy = List.copyOf(ids);
        executor.submit(() -> {
            List<Paper> out = new ArrayList<>();
            for (long id : copy) {
                library.paper(id).ifPresent(out::add);
            }
            return out;
        }, then, e -> error.set(message(e)));
    }

    /** These papers as BibTeX, written by the library's own export, handed to {@code then} on the FX thread. */
    void withBibtex(List<Long> ids, Consumer<String> then) {
        List<Long> copy = List.copyOf(ids);
        executor.submit(() -> {
            StringWriter out = new StringWriter();
            library.export(ExportFormat.BIBTEX, copy, out);
            return out.toString();
        }, then, e -> error.set(message(e)));
    }

    /** Moves papers to the Trash; a notice says which, with Undo ({@link #undo()}), which selects them again. */
    public void trash(List<Long> ids) {
        trash.trash(ids);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    /** Takes back the last read change or move to the Trash, and selects those papers again. */
    public void undo() {
        history.undo();
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
            forYou.changedElsewhere();
            sidebar.refresh();
            list.reload();
            detail.reload();
        }, e -> error.set(message(e)));
    }

    /** The window closes: the "For you" ranking refreshes no more and a training under way is interrupted. */
    void stopRanking() {
        forYou.stop();
    }

    /**
     * "More like this": adds its tag to these papers, which then leave the list, and selects {@code next} (the
     * paper after them, or null).
     */
    void acceptLikeTag(List<Long> ids, String tag, Long next) {
        List<Long> copy = List.copyOf(ids);
        executor.submit(() -> {
            library.addTag(copy, tag);
            return null;
        }, x -> {
            list.remove(copy);
            if (next != null) {
                list.select(List.of(next));
            }
            papersChanged(copy);
            notice.set(Notice.info("Tagged " + (copy.size() == 1 ? "1 paper" : copy.size() + " papers") + " \u201c"
                    + tag + "\u201d."));
        }, e -> error.set(message(e)));
    }
}
