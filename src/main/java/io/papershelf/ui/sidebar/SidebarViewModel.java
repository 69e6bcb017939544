package io.papershelf.ui.sidebar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.papershelf.library.Library;
import io.papershelf.model.LibraryCounts;
import io.papershelf.model.ListingSource;
import io.papershelf.model.Tag;
import io.papershelf.ui.common.BackgroundExecutor;

/**
 * The sidebar: the fixed views with their counts, every tag with its count and colour, and the
 * imported listing files. Refreshing keeps the selected item selected (matched by what it shows).
 */
public final class SidebarViewModel {
    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<SidebarItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SidebarItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LibraryCounts> counts =
            new ReadOnlyObjectWrapper<>(new LibraryCounts(0, 0, 0, 0, 0, 0));
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Map<String, String>> tagColors = new ReadOnlyObjectWrapper<>(Map.of());

    public SidebarViewModel(Library library, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.onError = onError;
        items.setAll(build(counts.get(), List.of(), List.of()));
        selected.set(items.get(0));
    }

    public ObservableList<SidebarItem> items() {
        return items;
    }

    public ObjectProperty<SidebarItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<LibraryCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** True once the counts have been loaded the first time. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Every tag name, for completion. */
    public ObservableList<String> tagNames() {
        return tagNames;
    }

    /** Each coloured tag's colour by its name; replaced only when a colour changes. */
    public ReadOnlyObjectProperty<Map<String, String>> tagColorsProperty() {
        return tagColors.getReadOnlyProperty();
    }

    private record Snapshot(LibraryCounts counts, List<Tag> tags, List<ListingSource> listings) {
    }

    public void refresh() {
        refresh(() -> { });
    }

    /** Refreshes, then runs {@code then} on the FX thread. */
    public void refresh(Runnable then) {
        executor.submit(() -> new Snapshot(library.counts(), library.tags(), library.listings()), s -> {
            SidebarItem before = selected.get();
            counts.set(s.counts());
            items.setAll(build(s.counts(), s.tags(), s.listings()));
            Map<String, String> colors = new HashMap<>();
            s.tags().stream().filter(t -> t.color() != null).forEach(t -> colors.put(t.name(), t.color()));
            if (!colors.equals(tagColors.get())) {
                tagColors.set(Map.copyOf(colors));
            }
            tagNames.setAll(s.tags().stream().map(Tag::name).toList());
            selected.set(match(before));
            loaded.set(true);
            then.run();
        }, onError);
    }

    /** Selects the newest imported listing with this file name; false when there is none. */
    public boolean selectListingNamed(String fileName) {
        var item = items.stream().filter(i -> i instanceof SidebarItem.ListingItem l
                && l.listing().fileName().equals(fileName)).findFirst();
        item.ifPresent(selected::set);
        return item.isPresent();
    }

    public void selectView(SidebarItem.View view) {
        items.stream().filter(i -> i instanceof SidebarItem.Fixed f && f.view() == view)
                .findFirst().ifPresent(selected::set);
    }

    public void selectTag(String name) {
        items.stream().filter(i -> i instanceof SidebarItem.TagItem t && t.tag().name().equalsIgnoreCase(name))
                .findFirst().ifPresent(selected::set);
    }

    private SidebarItem match(SidebarItem before) {
        if (before == null) {
            return items.get(0);
        }
        for (SidebarItem i : items) {
            if (i.filter() != null && i.filter().equals(before.filter())) {
                return i;
            }
        }
        return items.get(0); // the tag or listing is gone
    }

    private static List<SidebarItem> build(LibraryCounts c, List<Tag> tags, List<ListingSource> listings) {
        List<SidebarItem> out = new ArrayList<>();
        out.add(new SidebarItem.Fixed(SidebarItem.View.ALL, c.all()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.UNREAD, c.unread()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.READ, c.read()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.HAS_CODE, c.withCode()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.RECENT, c.recentlyAdded()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.ANNOTATED, c.annotated()));
        if (!tags.isEmpty()) {
            out.add(new SidebarItem.Heading("Tags"));
            tags.forEach(t -> out.add(new SidebarItem.TagItem(t)));
        }
        if (!listings.isEmpty()) {
            out.add(new SidebarItem.Heading("Imported listings"));
            listings.forEach(l -> out.add(new SidebarItem.ListingItem(l)));
        }
        out.add(new SidebarItem.Heading(""));
        out.add(new SidebarItem.Fixed(SidebarItem.View.TRASH, c.trash()));
        return out;
    }
}
