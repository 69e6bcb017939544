package io.papershelf.ui.window;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.papershelf.library.ImportOutcome;
import io.papershelf.library.Library;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.detail.DetailViewModel;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.sidebar.SidebarItem;
import io.papershelf.ui.sidebar.SidebarViewModel;

/**
 * The window as a whole: wires the sidebar, list and detail together, imports listings ({@link ListingImports}),
 * marks papers read from the list and moves them to the Trash with undo ({@link UndoHistory}), and says what the
 * status bar shows.
 */
public final class MainViewModel {
    private final Library library;
    private final BackgroundExecutor executor;
    private final SidebarViewModel sidebar;
    private final PaperListViewModel list;
    private final DetailViewModel detail;
    private final ListingImports imports;
    private final UndoHistory history = new UndoHistory();
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public MainViewModel(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers) {
        this.library = library;
        this.executor = executor;
        Consumer<Throwable> onError = e -> error.set(message(e));
        this.sidebar = new SidebarViewModel(library, executor, onError);
        this.list = new PaperListViewModel(library, executor, onError);
        this.detail = new DetailViewModel(library, executor, debouncers, this::papersChanged, onError, this::showNotice);
        this.imports = new ListingImports(library, executor, sidebar, list, onError, this::showNotice);
        sidebar.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now.filter() != null) {
                list.filterProperty().set(now.filter());
            }
        });
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

    ListingImports imports() {
        return imports;
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
        return imports.progressProperty();
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
        executor.submit(() -> library.rows(ids), list::update, e -> error.set(message(e)));
        sidebar.refresh();
    }

    /** Imports files one by one in the background (each all or nothing), then shows the last file's papers. */
    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    /**
     * Marks papers read or unread from the list; {@link #undo()} puts back the state each had and selects
     * {@code selectBack} again.
     *
     * @param leaveView the papers leave the list at once (Done in the Unread view)
     */
    void setRead(List<PaperRow> rows, boolean read, boolean leaveView, List<Long> selectBack) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(PaperRow::id).toList();
        List<Long> wereRead = rows.stream().filter(PaperRow::read).map(PaperRow::id).toList();
        List<Long> wereUnread = rows.stream().filter(r -> !r.read()).map(PaperRow::id).toList();
        List<Long> back = List.copyOf(selectBack);
        executor.submit(() -> {
            library.setRead(ids, read);
            return null;
        }, x -> {
            if (leaveView) {
                list.remove(ids);
            }
            readChanged(ids);
        }, e -> error.set(message(e)));
        history.push(new UndoHistory.Step(UndoHistory.Kind.READ, read ? "mark read" : "mark unread", () ->
                executor.submit(() -> {
                    library.setRead(wereRead, true);
                    library.setRead(wereUnread, false);
                    return null;
                }, x -> {
                    list.reloadAndSelect(back);
                    readChanged(ids);
                }, e -> error.set(message(e)))));
    }

    private void readChanged(List<Long> ids) {
        papersChanged(ids);
        detail.reload();
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

    /** Moves papers to the Trash; {@link #undo()} brings them back. */
    public void trash(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> copy = List.copyOf(ids);
        executor.submit(() -> {
            library.trash(copy);
            return null;
        }, x -> {
            list.remove(copy);
            sidebar.refresh();
        }, e -> error.set(message(e)));
        // Pushed at once, as read changes are: a Ctrl+Z pressed before the work is done still undoes this one
        // (the executor runs the undo after it).
        history.push(new UndoHistory.Step(UndoHistory.Kind.TRASH, "move to the Trash", () -> restore(copy)));
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    /** Takes back the last read change or move to the Trash, and selects those papers again. */
    public void undo() {
        history.undo();
    }

    /** Takes papers out of the Trash and selects them where they are shown. */
    public void restore(List<Long> ids) {
        executor.submit(() -> {
            library.restore(ids);
            return null;
        }, x -> {
            list.reloadAndSelect(ids);
            sidebar.refresh();
        }, e -> error.set(message(e)));
    }

    public void emptyTrash() {
        executor.submit(library::emptyTrash, n -> {
            history.forget(UndoHistory.Kind.TRASH);
            list.reload();
            sidebar.refresh();
        }, e -> error.set(message(e)));
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
