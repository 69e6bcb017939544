package io.papershelf.ui.window;

import java.util.ArrayList;
import java.util.List;

import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.ListKeys;
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
    private final MainMenu menu;

    WindowMenuActions(MainWindow.Services services, MainViewModel vm, WindowDialogs dialogs, FileActions files,
                      SelectionActions selection, EditActions edit, WindowAppearance appearance, DetailView detail) {
        this.s = services;
        this.vm = vm;
        this.dialogs = dialogs;
        this.files = files;
        this.selection = selection;
        this.edit = edit;
        this.appearance = appearance;
        this.detail = detail;
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
    public void dark(boolean on) {
        appearance.dark(on);
    }

    @Override
    public void sidebar(boolean on) {
        appearance.sidebar(on);
    }

    @Override
    public void showTrash() {
        vm.sidebar().selectView(SidebarItem.View.TRASH);
    }

    @Override
    public void statistics() {
        vm.sidebar().selectStatistics();
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
        if (selection.ids().size() == 1) {
            detail.focusTagInput();
        }
    }

    @Override
    public void editNote() {
        if (selection.ids().size() == 1) {
            detail.focusNotes();
        }
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
        List<String[]> keys = new ArrayList<>(menu.shortcuts());
        keys.addAll(ListKeys.SHORTCUTS);
        keys.addAll(DetailView.SHORTCUTS);
        keys.addAll(SearchBar.SHORTCUTS);
        dialogs.shortcuts(keys);
    }

    @Override
    public void about() {
        dialogs.about(s.version(), s.library().file().toString());
    }
}
