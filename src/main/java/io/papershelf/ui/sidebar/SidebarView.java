package io.papershelf.ui.sidebar;

import java.util.Locale;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import io.papershelf.library.SampleListing;
import io.papershelf.model.ListingSource;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/**
 * The sidebar: fixed views with counts, tags (with colour, rename, delete from the context menu) and the
 * imported listing files. Headings cannot be selected.
 */
public final class SidebarView {
    private static final Map<SidebarItem.View, Ikon> ICONS = Map.of(
            SidebarItem.View.ALL, Feather.LAYERS, SidebarItem.View.UNREAD, Feather.CIRCLE,
            SidebarItem.View.READ, Feather.CHECK_CIRCLE, SidebarItem.View.HAS_CODE, Feather.GITHUB,
            SidebarItem.View.RECENT, Feather.CLOCK, SidebarItem.View.ANNOTATED, Feather.EDIT_3,
            SidebarItem.View.TRASH, Feather.TRASH_2);

    /** What the sidebar asks of the window for tag and Trash actions. */
    public interface Actions {
        void renameTag(String tag);

        void deleteTag(String tag);

        void colorTag(String tag, String color);

        void emptyTrash();

        /** Removes an imported listing (offered for the sample listing). */
        void removeListing(ListingSource listing);
    }

    private final ListView<SidebarItem> list = new ListView<>();
    private boolean syncing;

    public SidebarView(SidebarViewModel model, Actions actions) {
        list.setId("sidebar");
        list.getStyleClass().add(Styles.SIDEBAR);
        list.setItems(model.items());
        list.setCellFactory(l -> new ItemCell(actions));
        list.setMinWidth(160);
        list.setPrefWidth(230);
        list.setMaxWidth(420);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            if (now instanceof SidebarItem.Heading) {
                syncing = true;
                list.getSelectionModel().select(old);
                syncing = false;
                return;
            }
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        model.items().addListener((javafx.collections.ListChangeListener<SidebarItem>) c -> select(model.selectedProperty().get()));
        select(model.selectedProperty().get());
    }

    private void select(SidebarItem item) {
        syncing = true;
        list.getSelectionModel().select(item);
        syncing = false;
    }

    public ListView<SidebarItem> node() {
        return list;
    }

    private static final class ItemCell extends ListCell<SidebarItem> {
        private final Actions actions;

        ItemCell(Actions actions) {
            this.actions = actions;
            setPrefWidth(0); // follow the list's width instead of widening it
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setContextMenu(null);
            setTooltip(null);
            getStyleClass().remove(Styles.SIDEBAR_HEADING);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item instanceof SidebarItem.Heading h) {
                getStyleClass().add(Styles.SIDEBAR_HEADING);
                setGraphic(new Label(h.label().toUpperCase(Locale.ROOT)));
            } else if (item instanceof SidebarItem.Fixed f) {
                setGraphic(row(new FontIcon(ICONS.get(f.view())), f.label(), f.count()));
                if (f.view() == SidebarItem.View.TRASH) {
                    MenuItem emptyTrash = new MenuItem("Empty Trash…");
                    emptyTrash.setOnAction(e -> actions.emptyTrash());
                    setContextMenu(new ContextMenu(emptyTrash));
                }
            } else if (item instanceof SidebarItem.TagItem t) {
                Region dot = new Region();
                dot.getStyleClass().add(Styles.TAG_DOT);
                dot.setStyle(TagColors.dotStyle(t.tag().color()));
                setGraphic(row(dot, t.tag().name(), t.tag().count()));
                setContextMenu(tagMenu(t.tag().name()));
            } else if (item instanceof SidebarItem.ListingItem l) {
                String date = l.listing().listingDate() == null ? "" : DisplayDate.format(l.listing().listingDate());
                boolean sample = SampleListing.isSample(l.listing().fileName());
                setGraphic(row(new FontIcon(sample ? Feather.GIFT : Feather.FILE_TEXT), l.listing().fileName(),
                        l.listing().count()));
                setTooltip(new javafx.scene.control.Tooltip(l.listing().fileName()
                        + (date.isEmpty() ? "" : "\nListing of " + date)
                        + (sample ? "\nThe sample that comes with Papershelf: right-click to remove it." : "")));
                if (sample) {
                    getGraphic().getStyleClass().add(Styles.SAMPLE_LISTING);
                    MenuItem remove = new MenuItem("Remove the sample listing…");
                    remove.setId("remove-sample");
                    remove.setOnAction(e -> actions.removeListing(l.listing()));
                    setContextMenu(new ContextMenu(remove));
                }
            }
        }

        private ContextMenu tagMenu(String tag) {
            MenuItem rename = new MenuItem("Rename…");
            rename.setOnAction(e -> actions.renameTag(tag));
            Menu colour = new Menu("Colour");
            MenuItem none = new MenuItem("None");
            none.setOnAction(e -> actions.colorTag(tag, null));
            colour.getItems().add(none);
            TagColors.PALETTE.forEach((name, hex) -> {
                Region swatch = new Region();
                swatch.getStyleClass().add(Styles.TAG_DOT);
                swatch.setStyle(TagColors.dotStyle(hex));
                MenuItem m = new MenuItem(name, swatch);
                m.setOnAction(e -> actions.colorTag(tag, hex));
                colour.getItems().add(m);
            });
            MenuItem delete = new MenuItem("Delete tag…");
            delete.setOnAction(e -> actions.deleteTag(tag));
            return new ContextMenu(rename, colour, new SeparatorMenuItem(), delete);
        }

        private static HBox row(javafx.scene.Node icon, String label, int count) {
            Label name = new Label(label);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label n = new Label(Integer.toString(count));
            n.getStyleClass().add(Styles.SIDEBAR_COUNT);
            n.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(8, icon, name, n);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }
}
