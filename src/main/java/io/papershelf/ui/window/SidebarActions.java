package io.papershelf.ui.window;

import io.papershelf.model.ListingSource;
import io.papershelf.ui.sidebar.SidebarView;

/**
 * What the sidebar's context menus do: rename, colour and delete a tag, empty the Trash, remove the sample
 * listing (asking first).
 */
final class SidebarActions implements SidebarView.Actions {
    private final WindowDialogs dialogs;
    private final MainViewModel vm;

    SidebarActions(WindowDialogs dialogs, MainViewModel vm) {
        this.dialogs = dialogs;
        this.vm = vm;
    }

    @Override
    public void renameTag(String tag) {
        String name = dialogs.ask("Rename the tag \"" + tag + "\" to:", tag);
        if (name != null && !name.equals(tag)) {
            vm.renameTag(tag, name);
        }
    }

    @Override
    public void deleteTag(String tag) {
        if (dialogs.confirm("Delete the tag \"" + tag + "\"?",
                "The papers stay; only the tag is removed from them.", "Delete tag")) {
            vm.deleteTag(tag);
        }
    }

    @Override
    public void colorTag(String tag, String color) {
        vm.setTagColor(tag, color);
    }

    @Override
    public void removeListing(ListingSource listing) {
        if (dialogs.confirm("Remove " + listing.fileName() + "?", "Its papers that no other listing brought go to "
                + "the Trash, with your notes and tags on them.", "Remove")) {
            vm.imports().removeListing(listing);
        }
    }

    @Override
    public void emptyTrash() {
        if (dialogs.confirm("Empty the Trash?", "The papers in the Trash, with their notes and tags, are "
                + "deleted for good.", "Empty Trash")) {
            vm.emptyTrash();
        }
    }
}
