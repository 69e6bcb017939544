package io.papershelf.ui.window;

import java.util.ArrayList;
import java.util.List;

import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.ListKeys;
import io.papershelf.ui.list.ListRanking;
import io.papershelf.ui.list.PaperTableView;
import io.papershelf.ui.sidebar.SidebarItem;

/** What each item of the menu bar does; it builds the {@link MainMenu} over itself. */
final class WindowMenuActions implements MainMenu.Actions {
    private final MainWindow.Services s;
    private final MainViewModel vm;
    private final WindowDialogs dialogs;
    private final FileActions files;
    private final SelectionActions selection;
    private final EditActions edit;
    private final WindowAppearance appearance;
    private final DetailView detail;
    private final PaperTableView table;
    private final MainMenu menu;

    WindowMenuActions(MainWindow.Services services, MainViewModel vm, WindowDialogs dialogs, FileActions files,
                      SelectionActions selection, EditActions edit, WindowAppearance appearance,
                      DetailView detail, PaperTableView table) {
        this.s = services;
        this.vm = vm;
        this.dialogs = dialogs;
        this.files = files;
        this.selection = selection;
        this.edit = edit;
        this.appearance = appearance;
        this.detail = detail;
        this.table = table;
        this.menu = new MainMenu(this);
        menu.setDark(appearance.current().dark());
        menu.setSidebar(appearance.current().sidebarVisible());
        menu.unreadOnlyProperty().bindBidirectional(vm.sidebar().unreadOnlyProperty());
    }

    MainMenu menu() {
        return menu;
    }

    @Override
    public void importListing() {
        files.importListing();
    }

    @Override
    public void export() {
        files.export();
    }

    @Override
    public void newLibrary() {
        files.chooseLibrary(true);
    }

    @Override
    public void openLibrary() {
        files.chooseLibrary(false);
    }

    @Override
    public void restoreBackup() {
        files.restoreBackup();
    }

    @Override
    public void quit() {
        s.app().quit();
    }

    @Override
    public void undo() {
        edit.undo();
    }

    @Override
    public void delete() {
        edit.delete();
    }

    @Override
    public void selectAll() {
        edit.selectAll();
    }

    @Override
    public void find() {
        edit.find();
    }

    @Override
    public void copy() {
        edit.copy();
    }

    @Override
    public void copyBibtex() {
        edit.copyBibtex();
    }

    @Override
    public void paste() {
        edit.paste();
    }

    @Override
    public void done() {
        selection.done();
    }

    @Override
    public void markUnread() {
        selection.markUnread();
    }

    @Override
    public void openPage() {
        selection.openPage();
    }

    @Override
    public void dark(boolean on) {
        appearance.dark(on);
    }

    @Override
    public void sidebar(boolean on) {
        appearance.sidebar(on);
    }

    @Override
    public void summaries(boolean on) {
        table.showSummaries(on);
    }

    @Override
    public void showTrash() {
        vm.sidebar().selectView(SidebarItem.View.TRASH);
    }

    @Override
    public void statistics() {
        vm.sidebar().selectStatistics();
    }

    /** Sorts the list by the For you column, most alike first; remembered with the list's layout. */
    @Override
    public void forYouOrder() {
        table.sortForYou();
    }

    /** In a tag's view, "More like this", or the tag's papers again. */
    @Override
    public void moreLikeThis() {
        ListRanking ranking = vm.list().ranking();
        ranking.showMoreLikeThis(ranking.likeTagProperty().get() == null);
    }

    @Override
    public void refresh() {
        vm.start(); // shows what the command line (or another program) changed meanwhile
        vm.detail().reload();
    }

    @Override
    public void toggleRead() {
        selection.toggleRead();
    }

    @Override
    public void openGithub() {
        selection.openGithub();
    }

    @Override
    public void addTag() {
        selection.addTag();
    }

    @Override
    public void editNote() {
        selection.editNote();
    }

    @Override
    public void previewNote() {
        if (selection.ids().size() == 1) {
            detail.toggleNotePreview();
        }
    }

    @Override
    public void selectInAbstract() {
        if (selection.ids().size() == 1) {
            detail.focusAbstract();
        }
    }

    @Override
    public void shortcuts() {
        List<String[]> inTheList = new ArrayList<>(ListKeys.SHORTCUTS);
        inTheList.addAll(SearchBar.SHORTCUTS);
        dialogs.shortcuts(inTheList, DetailView.SHORTCUTS, menu.shortcuts());
    }

    @Override
    public void about() {
        dialogs.about(s.version(), s.library().file().toString());
    }
}
