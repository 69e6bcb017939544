package io.papershelf.ui.window;

import java.util.Comparator;
import java.util.List;

import io.papershelf.library.LinkPolicy;
import io.papershelf.library.PrimaryLink;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.ListActions;
import io.papershelf.ui.list.PaperTableView;

/** What the window does to the papers selected in the list, from its keys, its context menu and the menus. */
final class SelectionActions implements ListActions {
    private final MainViewModel vm;
    private final PaperTableView table;
    private final LinkOpener links;
    private final DetailView detail;
    private final Runnable focusSearch;
    private final PaperCopy copy;

    SelectionActions(MainViewModel vm, PaperTableView table, LinkOpener links, DetailView detail, Runnable focusSearch) {
        this.vm = vm;
        this.table = table;
        this.links = links;
        this.detail = detail;
        this.focusSearch = focusSearch;
        this.copy = new PaperCopy(vm);
    }

    List<Long> ids() {
        return table.selectedIds();
    }

    boolean showingTrash() {
        return vm.list().filterProperty().get().trash();
    }

    @Override
    public void toggleRead() {
        List<PaperRow> rows = table.selectedRows();
        boolean anyUnread = rows.stream().anyMatch(r -> !r.read());
        vm.setRead(rows, anyUnread, false, ids());
    }

    @Override
    public void toggleRead(PaperRow row) {
        vm.setRead(List.of(row), !row.read(), false, ids());
    }

    /**
     * Marks the selected papers read and selects the paper after them. In the Unread view they leave the list,
     * so the paper selected is the one that took their place; at the end of the list, the one before.
     */
    @Override
    public void done() {
        List<PaperRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        boolean leaves = vm.list().filterProperty().get().readState() == ReadState.UNREAD;
        int next = rowAfterSelection(leaves);
        vm.setRead(rows, true, leaves, ids());
        if (next >= 0) {
            table.select(next);
        }
    }

    /**
     * The row to select once the selected papers are dealt with: the one after them; at the end of the list, the
     * one before them if they leave it; else none (-1).
     */
    private int rowAfterSelection(boolean leaves) {
        List<Integer> indices = table.node().getSelectionModel().getSelectedIndices().stream()
                .sorted(Comparator.naturalOrder()).toList();
        int last = indices.get(indices.size() - 1);
        if (last + 1 < table.shownRows().size()) {
            return last + 1;
        }
        return leaves && indices.get(0) > 0 ? indices.get(0) - 1 : -1;
    }

    @Override
    public void markUnread() {
        vm.setRead(table.selectedRows(), false, false, ids());
    }

    @Override
    public void addTag() {
        if (ids().size() == 1) {
            detail.focusTagInput();
        }
    }

    /**
     * "More like this": adds its tag to the selected papers and selects the paper after them (they leave the list,
     * as a paper marked done leaves the Unread view); at the end of the list, the one before.
     */
    @Override
    public void acceptLikeTag() {
        String tag = vm.list().ranking().likeTagProperty().get();
        List<PaperRow> rows = table.selectedRows();
        if (tag == null || rows.isEmpty()) {
            return;
        }
        int next = rowAfterSelection(true);
        vm.acceptLikeTag(ids(), tag, next < 0 ? null : table.shownRows().get(next).id());
    }

    @Override
    public void editNote() {
        if (ids().size() == 1) {
            detail.focusNotes();
        }
    }

    @Override
    public void search() {
        focusSearch.run();
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

    /** The selected paper's own page, read afresh (the detail pane may still be loading it after a quick key). */
    @Override
    public void openPage() {
        List<Long> ids = ids();
        if (ids.size() == 1) {
            vm.withPapers(ids, papers -> papers.forEach(p -> links.open(PrimaryLink.of(p))));
        }
    }

    @Override
    public void copyTitleAndLink() {
        copy.titleAndLink(ids());
    }

    @Override
    public void copyBibtex() {
        copy.bibtex(ids());
    }

    @Override
    public void moveToTrash(List<Long> ids) {
        trash(ids);
    }

    @Override
    public void restoreFromTrash(List<Long> ids) {
        vm.restore(ids);
    }

    /** Edit > Move to Trash: the selection, unless the Trash is what the list shows. */
    void trashSelected() {
        if (!showingTrash()) {
            trash(ids());
        }
    }

    /** Moves papers to the Trash; when they are the selection, the paper after them is selected, as Done does. */
    private void trash(List<Long> ids) {
        int next = !ids.isEmpty() && ids.equals(ids()) ? rowAfterSelection(true) : -1;
        vm.trash(ids);
        if (next >= 0) {
            table.select(next);
        }
    }

    void selectAll() {
        table.selectAll();
    }
}
