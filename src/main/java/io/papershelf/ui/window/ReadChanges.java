package io.papershelf.ui.window;

import java.util.List;
import java.util.function.Consumer;

import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.list.PaperListViewModel;

/**
 * Read and unread from the list (Done, Space, U, a click on the read dot), each a step of the window's
 * {@link UndoHistory}: undoing puts back the state each paper had and selects the papers that were selected.
 */
final class ReadChanges {
    private final Library library;
    private final BackgroundExecutor executor;
    private final PaperListViewModel list;
    private final UndoHistory history;
    private final Consumer<List<Long>> changed;
    private final Consumer<Throwable> onError;

    ReadChanges(Library library, BackgroundExecutor executor, PaperListViewModel list, UndoHistory history,
                Consumer<List<Long>> changed, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.list = list;
        this.history = history;
        this.changed = changed;
        this.onError = onError;
    }

    /**
     * Marks papers read or unread.
     *
     * @param leaveView  the papers leave the list at once (Done in the Unread view)
     * @param selectBack the papers an undo selects again
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
            changed.accept(ids);
        }, onError);
        // Pushed at once: a Ctrl+Z pressed before the work is done still undoes this (the executor runs it after).
        history.push(new UndoHistory.Step(UndoHistory.Kind.READ, read ? "mark read" : "mark unread", () ->
                executor.submit(() -> {
                    library.setRead(wereRead, true);
                    library.setRead(wereUnread, false);
                    return null;
                }, x -> {
                    list.reloadAndSelect(back);
                    changed.accept(ids);
                }, onError)));
    }
}
