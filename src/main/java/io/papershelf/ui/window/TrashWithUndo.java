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
 * Moving papers to the Trash and back: a notice says what moved, with Undo; Undo (the button or Edit > Undo)
 * brings the papers back and selects them again. Restoring from the Trash's own menu does not select.
 */
final class TrashWithUndo {
    private final Library library;
    private final BackgroundExecutor executor;
    private final PaperListViewModel list;
    private final SidebarViewModel sidebar;
    private final ObjectProperty<Notice> notice;
    private final Consumer<Throwable> onError;
    private List<Long> lastTrashed = List.of();
    private Notice trashNotice;
    private Consumer<List<Long>> selectPapers = ids -> { };

    TrashWithUndo(Library library, BackgroundExecutor executor, PaperListViewModel list, SidebarViewModel sidebar,
                  ObjectProperty<Notice> notice, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.list = list;
        this.sidebar = sidebar;
        this.notice = notice;
        this.onError = onError;
    }

    void onSelectPapers(Consumer<List<Long>> select) {
        this.selectPapers = select;
    }

    void trash(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> copy = List.copyOf(ids);
        executor.submit(() -> {
            library.trash(copy);
            return null;
        }, x -> {
            lastTrashed = copy;
            String what = what(copy);
            list.remove(copy);
            sidebar.refresh();
            trashNotice = Notice.info("Moved " + what + " to the Trash.", new Notice.Action("Undo", () -> undo(copy)));
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

    boolean canUndo() {
        return !lastTrashed.isEmpty();
    }

    void undo() {
        undo(lastTrashed);
    }

    private void undo(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids == lastTrashed) {
            lastTrashed = List.of();
        }
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
            if (select) {
                list.afterNextLoad(() -> selectPapers.accept(ids));
            }
            list.reload();
            sidebar.refresh();
        }, onError);
    }

    void emptyTrash() {
        executor.submit(library::emptyTrash, n -> {
            lastTrashed = List.of();
            list.reload();
            sidebar.refresh();
        }, onError);
    }
}
