package io.papershelf.ui.sidebar;

import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.ToggleSwitch;

import io.papershelf.model.ListingSource;
import io.papershelf.ui.common.Styles;

/**
 * The sidebar: "Unread only", then fixed views with counts, the statistics, tags, the imported listing files and
 * the Trash. Headings cannot be selected. A tag's menu (rename, colour, delete) and the Trash's (empty) open on a
 * right click and, for the selected item, with the context-menu key or Shift+F10: the menus belong to the list, not
 * to its cells, so a keyboard request (which reaches the list) finds them too.
 */
public final class SidebarView {
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
    private final VBox root;
    private final SidebarMenus menus;
    private ContextMenu showing;
    private boolean syncing;

    public SidebarView(SidebarViewModel model, Actions actions) {
        this.menus = new SidebarMenus(actions);
        list.setId("sidebar");
        list.getStyleClass().add(Styles.SIDEBAR);
        list.setItems(model.items());
        list.setCellFactory(l -> new SidebarCell());
        HBox toggleRow = unreadOnlyRow(model);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(toggleRow, list);
        root.getStyleClass().add(Styles.SIDEBAR_PANE);
        root.setMinWidth(160);
        root.setPrefWidth(230);
        root.setMaxWidth(420);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            if (now instanceof SidebarItem.Heading) {
                Platform.runLater(() -> list.getSelectionModel().select(pastHeading(old, now)));
                return;
            }
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        model.items().addListener((ListChangeListener<SidebarItem>) c -> select(model.selectedProperty().get()));
        select(model.selectedProperty().get());
        list.setOnContextMenuRequested(this::contextMenuRequested);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                showForSelected();
                e.consume();
            }
        });
    }

    /** "Unread only" and its switch; a click on the words turns it too. */
    private static HBox unreadOnlyRow(SidebarViewModel model) {
        ToggleSwitch unreadOnly = new ToggleSwitch();
        unreadOnly.setId("unread-only");
        unreadOnly.selectedProperty().bindBidirectional(model.unreadOnlyProperty());
        Label words = new Label("Unread only");
        words.setId("unread-only-label");
        words.setLabelFor(unreadOnly);
        words.setMaxWidth(Double.MAX_VALUE);
        words.setOnMouseClicked(e -> unreadOnly.setSelected(!unreadOnly.isSelected()));
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(8, words, unreadOnly);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.SIDEBAR_TOGGLE);
        Tooltip.install(row, new Tooltip("Only unread papers, in every view but Read and the Trash (Ctrl+Shift+U)"));
        return row;
    }

    /**
     * The item the arrows meant when they landed on a heading: the next item past it in the direction of travel
     * (arrowing from Statistics down reaches the first tag), or where they came from at either end.
     */
    private SidebarItem pastHeading(SidebarItem from, SidebarItem heading) {
        List<SidebarItem> items = list.getItems();
        int at = items.indexOf(heading);
        int step = from == null || items.indexOf(from) < at ? 1 : -1;
        for (int i = at + step; i >= 0 && i < items.size(); i += step) {
            if (!(items.get(i) instanceof SidebarItem.Heading)) {
                return items.get(i);
            }
        }
        return from;
    }

    private void select(SidebarItem item) {
        syncing = true;
        list.getSelectionModel().select(item);
        syncing = false;
    }

    /** The sidebar: the "Unread only" switch above the list. */
    public Region node() {
        return root;
    }

    /** The list of items (for focus and tests). */
    public ListView<SidebarItem> list() {
        return list;
    }

    /** A right click opens the menu of the item under the pointer; a keyboard request, the selected item's. */
    private void contextMenuRequested(ContextMenuEvent e) {
        e.consume();
        ListCell<?> cell = e.isKeyboardTrigger() ? null : cellOf(e.getPickResult().getIntersectedNode());
        if (cell == null) {
            showForSelected();
        } else if (cell.getItem() instanceof SidebarItem item) {
            show(menus.forItem(item), m -> m.show(list, e.getScreenX(), e.getScreenY()));
        }
    }

    private void showForSelected() {
        SidebarItem item = list.getSelectionModel().getSelectedItem();
        ListCell<?> cell = item == null ? null : list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && item.equals(c.getItem()) && c.isVisible())
                .map(n -> (ListCell<?>) n).findFirst().orElse(null);
        if (cell != null) {
            // Anchored to the list, not the cell: a popup takes its owner's styles, and a selected cell's would
            // colour the menu's words.
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            show(menus.forItem(item), m -> m.show(list, b.getMinX() + 16, b.getMaxY()));
        }
    }

    private void show(ContextMenu menu, java.util.function.Consumer<ContextMenu> showIt) {
        if (showing != null) {
            showing.hide();
        }
        showing = menu;
        if (menu != null) {
            showIt.accept(menu);
        }
    }

    private static ListCell<?> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> c) {
                return c;
            }
        }
        return null;
    }
}
