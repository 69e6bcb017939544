package io.papershelf.ui.sidebar;

import java.util.Locale;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.library.SampleListing;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;
import io.papershelf.ui.common.TagColors;

/**
 * One line of the sidebar: icon or colour dot, name, count. A name too long for the width is cut in the middle
 * (listing files differ at their ends), and every tag, listing and organisation has its whole name in a tooltip.
 */
final class SidebarCell extends ListCell<SidebarItem> {
    private static final Map<SidebarItem.View, Ikon> ICONS = Map.of(
            SidebarItem.View.ALL, Feather.LAYERS, SidebarItem.View.UNREAD, Feather.CIRCLE,
            SidebarItem.View.READ, Feather.CHECK_CIRCLE, SidebarItem.View.HAS_CODE, Feather.GITHUB,
            SidebarItem.View.RECENT, Feather.CLOCK, SidebarItem.View.ANNOTATED, Feather.EDIT_3,
            SidebarItem.View.TRASH, Feather.TRASH_2);

    SidebarCell() {
        setPrefWidth(0); // follow the list's width instead of widening it
    }

    @Override
    protected void updateItem(SidebarItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
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
            setGraphic(row(new FontIcon(ICONS.get(f.view())), f.label(), Integer.toString(f.count())));
        } else if (item instanceof SidebarItem.Statistics s) {
            setGraphic(row(new FontIcon(Feather.BAR_CHART_2), s.label(), ""));
        } else if (item instanceof SidebarItem.TagItem t) {
            Region dot = new Region();
            dot.getStyleClass().add(Styles.TAG_DOT);
            dot.setStyle(TagColors.dotStyle(t.tag().color()));
            setGraphic(row(dot, t.tag().name(), Integer.toString(t.tag().count())));
            setTooltip(new Tooltip(t.tag().name() + "\n" + papers(t.tag().count()) + " · right-click to rename, "
                    + "colour or delete"));
        } else if (item instanceof SidebarItem.ListingItem l) {
            String date = l.listing().listingDate() == null ? "" : DisplayDate.format(l.listing().listingDate());
            boolean sample = SampleListing.isSample(l.listing().fileName());
            setGraphic(row(new FontIcon(sample ? Feather.GIFT : Feather.FILE_TEXT), l.listing().fileName(),
                    Integer.toString(l.listing().count())));
            if (sample) {
                getGraphic().getStyleClass().add(Styles.SAMPLE_LISTING);
            }
            setTooltip(new Tooltip(l.listing().fileName() + (date.isEmpty() ? "" : "\nListing of " + date)
                    + (sample ? "\nThe sample that comes with Papershelf: right-click to remove it." : "")));
        } else if (item instanceof SidebarItem.OrganizationItem o) {
            setGraphic(row(new FontIcon(Feather.BRIEFCASE), o.name(), ""));
            setTooltip(new Tooltip(o.name()));
        }
    }

    private static String papers(int n) {
        return n == 1 ? "1 paper" : n + " papers";
    }

    private static HBox row(Node icon, String label, String count) {
        Label name = new Label(label);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label n = new Label(count);
        n.getStyleClass().add(Styles.SIDEBAR_COUNT);
        n.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, icon, name, n);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
