package io.papershelf.ui.window;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar and its keys. Every item with a key is also listed in Help > Keyboard shortcuts, from
 * the same definitions, so the two never disagree.
 */
final class MainMenu {
    /** What the menu items do. */
    interface Actions {
        void importListing();
        void export();
        void newLibrary();
        void openLibrary();
        void restoreBackup();
        void quit();
        void undo();
        void delete();
        void selectAll();
        void find();
        void copy();
        void copyBibtex();
        void paste();
        void done();
        void markUnread();
        void openPage();
        void dark(boolean on);
        void sidebar(boolean on);
        void summaries(boolean on);
        void showTrash();
        void statistics();
        void forYouOrder();
        void moreLikeThis();
        void refresh();
        void toggleRead();
        void openGithub();
        void addTag();
        void editNote();
        void previewNote();
        void selectInAbstract();
        void shortcuts();
        void about();
    }

    private final MenuBar bar = new MenuBar();
    private final List<String[]> keys = new ArrayList<>();
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    private final CheckMenuItem sidebar = new CheckMenuItem("Show sidebar");
    private final CheckMenuItem summaries = new CheckMenuItem("Summaries in the list");
    private final CheckMenuItem unreadOnly = new CheckMenuItem("Unread only");

    MainMenu(Actions a) {
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Import listing…", "Shortcut+O", a::importListing, "import"),
                item("Export…", "Shortcut+E", a::export, "export"),
                new SeparatorMenuItem(),
                item("New library…", null, a::newLibrary, "new-library"),
                item("Open library…", "Shortcut+Shift+O", a::openLibrary, "open-library"),
                item("Restore from backup…", null, a::restoreBackup, "restore-backup"),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", a::quit, "quit"));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("Undo", "Shortcut+Z", a::undo, "undo"),
                item("Move to Trash", "Delete", a::delete, "delete"),
                item("Select all", "Shortcut+A", a::selectAll, "select-all"),
                new SeparatorMenuItem(),
                item("Copy title and link", "Shortcut+C", a::copy, "copy"),
                item("Copy BibTeX", "Shortcut+Shift+C", a::copyBibtex, "copy-bibtex"),
                item("Paste listing", "Shortcut+V", a::paste, "paste"),
                new SeparatorMenuItem(),
                item("Find", "Shortcut+F", a::find, "find"));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> a.dark(dark.isSelected()));
        keys.add(new String[] {dark.getAccelerator().getDisplayText(), "Light / dark theme"});
        sidebar.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        sidebar.setOnAction(e -> a.sidebar(sidebar.isSelected()));
        keys.add(new String[] {sidebar.getAccelerator().getDisplayText(), "Show or hide the sidebar"});
        Menu view = new Menu("_View");
        summaries.setId("menu-summaries");
        summaries.setOnAction(e -> a.summaries(summaries.isSelected()));
        unreadOnly.setId("menu-unread-only");
        unreadOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+U"));
        keys.add(new String[] {unreadOnly.getAccelerator().getDisplayText(), "Unread only, in every view"});
        view.getItems().addAll(dark, sidebar, summaries, new SeparatorMenuItem(), unreadOnly,
                item("Statistics", null, a::statistics, "statistics"), item("Trash", null, a::showTrash, "trash"),
                new SeparatorMenuItem(),
                item("For you order", "Shortcut+Shift+Y", a::forYouOrder, "for-you-order"),
                item("More like this tag", "Shortcut+Shift+M", a::moreLikeThis, "more-like-this"),
                item("Refresh", "F5", a::refresh, "refresh"));
        Menu paper = new Menu("_Paper");
        paper.getItems().addAll(
                item("Toggle read", "Shortcut+R", a::toggleRead, "toggle-read"),
                // Done, Mark unread and Open page are single letters in the list (ListKeys), never accelerators:
                // an accelerator would fire while typing a note.
                item("Done, then the next paper", null, a::done, "done"),
                item("Mark unread", null, a::markUnread, "mark-unread"),
                item("Open the paper's page", null, a::openPage, "open-page"),
                item("Open on GitHub", "Shortcut+G", a::openGithub, "open-github"),
                item("Add tag", "Shortcut+T", a::addTag, "add-tag"),
                item("Edit note", "Shortcut+Shift+N", a::editNote, "edit-note"),
                item("Preview note", "Shortcut+Shift+P", a::previewNote, "preview-note"),
                item("Select in abstract", "Shortcut+Shift+A", a::selectInAbstract, "select-in-abstract"));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", a::shortcuts, "shortcuts"),
                item("About Papershelf", null, a::about, "about"));
        bar.getMenus().addAll(file, edit, view, paper, help);
        keys.add(new String[] {"Tab", "Move between list, detail and search"});
        keys.add(new String[] {"Alt+1, Alt+2, Alt+3", "Add a tag the detail pane suggests (Your tags)"});
    }

    private MenuItem item(String text, String key, Runnable action, String id) {
        MenuItem m = new MenuItem(text);
        m.setId("menu-" + id);
        m.setOnAction(e -> action.run());
        if (key != null) {
            m.setAccelerator(KeyCombination.keyCombination(key));
            keys.add(new String[] {m.getAccelerator().getDisplayText(), text.replace("…", "")});
        }
        return m;
    }

    MenuBar node() {
        return bar;
    }

    List<String[]> shortcuts() {
        return keys;
    }

    void setDark(boolean on) {
        dark.setSelected(on);
    }

    void setSidebar(boolean on) {
        sidebar.setSelected(on);
    }

    void setSummaries(boolean on) {
        summaries.setSelected(on);
    }

    /** View > Unread only, to bind to the sidebar's switch. */
    javafx.beans.property.BooleanProperty unreadOnlyProperty() {
        return unreadOnly.selectedProperty();
    }
}
