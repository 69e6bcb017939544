package io.papershelf.ui.sidebar;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;

import io.papershelf.library.SampleListing;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/**
 * The sidebar's context menus: rename, colour and delete for a tag, Empty Trash for the Trash, remove for the sample
 * listing; none for the rest.
 */
final class SidebarMenus {
    private final SidebarView.Actions actions;

    SidebarMenus(SidebarView.Actions actions) {
        this.actions = actions;
    }

    /** The menu for this item, or null when it has none. */
    ContextMenu forItem(SidebarItem item) {
        if (item instanceof SidebarItem.TagItem t) {
            return tagMenu(t.tag().name());
        }
        if (item instanceof SidebarItem.ListingItem l && SampleListing.isSample(l.listing().fileName())) {
            MenuItem remove = item("Remove the sample listing…", "remove-sample");
            remove.setOnAction(e -> actions.removeListing(l.listing()));
            return menu("sample-menu", remove);
        }
        if (item instanceof SidebarItem.Fixed f && f.view() == SidebarItem.View.TRASH) {
            MenuItem emptyTrash = item("Empty Trash…", "menu-empty-trash");
            emptyTrash.setOnAction(e -> actions.emptyTrash());
            return menu("trash-menu", emptyTrash);
        }
        return null;
    }

    private ContextMenu tagMenu(String tag) {
        MenuItem rename = item("Rename…", "menu-rename-tag");
        rename.setOnAction(e -> actions.renameTag(tag));
        Menu colour = new Menu("Colour");
        colour.setId("menu-tag-colour");
        MenuItem none = item("None", "menu-colour-none");
        none.setOnAction(e -> actions.colorTag(tag, null));
        colour.getItems().add(none);
        TagColors.PALETTE.forEach((name, hex) -> {
            Region swatch = new Region();
            swatch.getStyleClass().add(Styles.TAG_DOT);
            swatch.setStyle(TagColors.dotStyle(hex));
            MenuItem m = new MenuItem(name, swatch);
            m.setId("menu-colour-" + name.toLowerCase(java.util.Locale.ROOT));
            m.setOnAction(e -> actions.colorTag(tag, hex));
            colour.getItems().add(m);
        });
        MenuItem delete = item("Delete tag…", "menu-delete-tag");
        delete.setOnAction(e -> actions.deleteTag(tag));
        return menu("tag-menu", rename, colour, new SeparatorMenuItem(), delete);
    }

    private static MenuItem item(String text, String id) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        return m;
    }

    private static ContextMenu menu(String id, MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        menu.setId(id);
        return menu;
    }
}
