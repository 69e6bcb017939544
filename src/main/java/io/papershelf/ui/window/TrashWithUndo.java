package io.papershelf.ui.window;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;

import io.papershelf.library.Library;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.sidebar.SidebarViewModel;

/**
 * Moving papers to the Trash and back: a notice says what moved, with Undo; Undo (the button, or Edit > Undo when
 * it is the newest step of the window's {@link UndoHistory}) brings the papers back and selects them again.
 * Restoring from the Trash's own menu does not select.
 */
final class TrashWithUndo {
    private final Library library;
    private final BackgroundExecutor executor;
    private final PaperListViewModel list;
    private final SidebarViewModel sidebar;
    private final ObjectProperty<Notice> notice;
    private final UndoHistory history;
    private final Consumer<Throwable> onError;
    private Notice trashNotice;
    private Consumer<List<Long>> selectPapers = ids -> { };
    private Consumer<List<Long>> moved = ids -> { };

    TrashWithUndo(Library library, BackgroundExecutor executor, PaperListViewModel list, SidebarViewModel sidebar,
                  ObjectProperty<Notice> notice, UndoHistory history, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.list = list;
        this.sidebar = sidebar;
        this.notice = notice;
        this.history = history;
        this.onError = onError;
    }

    void onSelectPapers(Consumer<List<Long>> select) {
        this.selectPapers = select;
    }

    /** Who is told of the papers moved to the Trash or back (the "For you" ranking). */
    void onMoved(Consumer<List<Long>> papers) {
        this.moved = papers;
    }

    void trash(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> copy = List.copyOf(ids);
        // In the history at once, as read changes are: a Ctrl+Z pressed before the work is done still undoes it
        // (the executor runs the undo after it).
        UndoHistory.Step step = new UndoHistory.Step(UndoHistory.Kind.TRASH, "move to the Trash", () -> undo(copy));
        history.push(step);
        executor.submit(() -> {
            library.trash(copy);
            return null;
        }, x -> {
            String what = what(copy);
            moved.accept(copy);
            list.remove(copy);
            sidebar.refresh();
            trashNotice = Notice.info("Moved " + what + " to the Trash.", new Notice.Action("Undo",
                    () -> history.undo(step)));
            notice.set(trashNotice);
        }, onError);
    }

    /** "“Title”" for one paper (cut when long), "3 papers" for several. */
    private String what(List<Long> ids) {
        if (ids.size() > 1) {
            return ids.size() + " papers";
        }
        return list.rows().stream().filter(r -> r.id() == ids.get(0)).findFirst()
                .map(r -> "“" + (r.title().length() > 70 ? r.title().substring(0, 69).strip() + "…" : r.title()) + "”")
                .orElse("1 paper");
    }

    private void undo(List<Long> ids) {
        if (trashNotice != null && notice.get() == trashNotice) {
            notice.set(null);
        }
        restore(ids, true);
    }

    void restore(List<Long> ids, boolean select) {
        executor.submit(() -> {
            library.restore(ids);
            return null;
        }, x -> {
            moved.accept(ids);
            if (select) {
                list.afterNextLoad(() -> selectPapers.accept(ids));
            }
            list.reload();
            sidebar.refresh();
        }, onError);
    }

    void emptyTrash() {
        executor.submit(library::emptyTrash, n -> {
            history.forget(UndoHistory.Kind.TRASH);
            list.reload();
            sidebar.refresh();
        }, onError);
    }
}
