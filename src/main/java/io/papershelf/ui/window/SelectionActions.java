package io.papershelf.ui.window;

import java.util.List;

import io.papershelf.library.LinkPolicy;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.list.ListActions;
import io.papershelf.ui.list.PaperTableView;

/** What the window does to the papers selected in the list, from its keys, its context menu and the menus. */
final class SelectionActions implements ListActions {
    private final MainViewModel vm;
    private final PaperTableView table;
    private final LinkOpener links;

    SelectionActions(MainViewModel vm, PaperTableView table, LinkOpener links) {
        this.vm = vm;
        this.table = table;
        this.links = links;
    }

    List<Long> ids() {
        return table.selectedIds();
    }

    boolean showingTrash() {
        return vm.list().filterProperty().get().trash();
    }

    @Override
    public void toggleRead() {
        List<Long> ids = ids();
        if (ids.isEmpty()) {
            return;
        }
        boolean anyUnread = table.selectedRows().stream().anyMatch(r -> !r.read());
        vm.detail().setRead(ids, anyUnread);
    }

    @Override
    public void openGithub() {
        Paper p = vm.detail().paperProperty().get();
        List<String> repos = p == null ? List.of() : LinkPolicy.repositories(p.githubUrls());
        if (!repos.isEmpty()) {
            links.open(repos.get(0));
        }
    }

    @Override
    public boolean canOpenGithub() {
        Paper p = vm.detail().paperProperty().get();
        return p != null && !p.githubUrls().isEmpty();
    }

    @Override
    public void moveToTrash(List<Long> ids) {
        vm.trash(ids);
    }

    @Override
    public void restoreFromTrash(List<Long> ids) {
        vm.restore(ids);
    }

    /** Edit > Move to Trash: the selection, unless the Trash is what the list shows. */
    void trashSelected() {
        if (!showingTrash()) {
            vm.trash(ids());
        }
    }

    void selectAll() {
        table.selectAll();
    }
}
