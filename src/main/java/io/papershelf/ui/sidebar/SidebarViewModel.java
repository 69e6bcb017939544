package io.papershelf.ui.sidebar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.model.LibraryCounts;
import io.papershelf.model.ListingSource;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.model.Tag;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.UiState;

/**
 * The sidebar: the fixed views with their counts, the statistics, every tag with its count and colour, the
 * imported listing files, and an organisation chosen from the statistics. Refreshing keeps the selected item
 * selected (matched by what it shows). "Unread only" narrows every view that does not choose a read state itself
 * to its unread papers, and the counts then say what each view shows; it is remembered between runs.
 */
public final class SidebarViewModel {
    private static final String PREFERENCE = "sidebar";
    static final String ORGANISATION_HEADING = "Organisation";

    private final Library library;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<SidebarItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SidebarItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LibraryCounts> counts =
            new ReadOnlyObjectWrapper<>(new LibraryCounts(0, 0, 0, 0, 0, 0));
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Map<String, String>> tagColors = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanProperty unreadOnly = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<PaperFilter> filter = new ReadOnlyObjectWrapper<>(PaperFilter.ALL);
    private final ReadOnlyStringWrapper filterLabel = new ReadOnlyStringWrapper("All papers");
    private final ReadOnlyBooleanWrapper statistics = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper();
    private Snapshot last = new Snapshot(counts.get(), counts.get(), List.of(), List.of());
    private SidebarItem.OrganizationItem organization;
    /** The item whose papers the list shows: the selected one, or the one before the statistics. */
    private SidebarItem listItem;

    public SidebarViewModel(Library library, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.library = library;
        this.executor = executor;
        this.onError = onError;
        items.setAll(build(last));
        selected.addListener((o, old, now) -> {
            statistics.set(now instanceof SidebarItem.Statistics);
            updateFilter();
        });
        unreadOnly.addListener((o, was, now) -> {
            updateFilter();
            refresh();
        });
        selected.set(items.get(0));
    }

    public ObservableList<SidebarItem> items() {
        return items;
    }

    public ObjectProperty<SidebarItem> selectedProperty() {
        return selected;
    }

    /** The true counts of the library (the status bar's), whatever "Unread only" says. */
    public ReadOnlyObjectProperty<LibraryCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** True once the counts have been loaded the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
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

    /** Narrows the views to unread papers (see the class comment). */
    public BooleanProperty unreadOnlyProperty() {
        return unreadOnly;
    }

    /** What the list shows: the selected item's filter, narrowed by "Unread only"; kept while the statistics show. */
    public ReadOnlyObjectProperty<PaperFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The name of {@link #filterProperty()}: "agents", "Has code, unread only". */
    public ReadOnlyStringProperty filterLabelProperty() {
        return filterLabel.getReadOnlyProperty();
    }

    /** True while the statistics are selected. */
    public ReadOnlyBooleanProperty statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    /** Counts each finished refresh: the library changed, or may have. */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    /** Reads "Unread only" from the preferences (in the background), and saves it whenever it changes. */
    public void rememberUnreadOnly(Preferences prefs) {
        executor.submit(() -> prefs.load(PREFERENCE, UiState.Sidebar.class, UiState.Sidebar.DEFAULT), saved -> {
            unreadOnly.set(saved.unreadOnly());
            unreadOnly.addListener((o, was, now) -> executor.submit(() -> {
                prefs.save(PREFERENCE, new UiState.Sidebar(now));
                return null;
            }, x -> { }, onError));
        }, onError);
    }

    private void updateFilter() {
        SidebarItem now = selected.get();
        if (now != null && now.filter() != null) {
            listItem = now;
        }
        SidebarItem item = listItem;
        if (item == null) {
            return;
        }
        boolean narrowed = unreadOnly.get() && SidebarItem.narrowedByUnreadOnly(item);
        filterLabel.set(item.label() + (narrowed ? ", unread only" : ""));
        filter.set(narrowed ? item.filter().withReadState(ReadState.UNREAD) : item.filter());
    }

    /** The true counts, the counts shown (narrowed by "Unread only"), tags and listings with their shown counts. */
    private record Snapshot(LibraryCounts counts, LibraryCounts shown, List<Tag> tags, List<ListingSource> listings) {
    }

    public void refresh() {
        refresh(() -> { });
    }

    /** Refreshes, then runs {@code then} on the FX thread. */
    public void refresh(Runnable then) {
        boolean narrow = unreadOnly.get();
        executor.submit(() -> {
            LibraryCounts all = library.counts();
            return new Snapshot(all, narrow ? library.unreadCounts() : all, library.tags(narrow),
                    library.listings(narrow));
        }, s -> {
            last = s;
            SidebarItem before = selected.get();
            counts.set(s.counts());
            items.setAll(build(s));
            Map<String, String> colors = new HashMap<>();
            s.tags().stream().filter(t -> t.color() != null).forEach(t -> colors.put(t.name(), t.color()));
            if (!colors.equals(tagColors.get())) {
                tagColors.set(Map.copyOf(colors));
            }
            tagNames.setAll(s.tags().stream().map(Tag::name).toList());
            selected.set(match(before));
            loaded.set(true);
            refreshes.set(refreshes.get() + 1);
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

    public void selectStatistics() {
        items.stream().filter(i -> i instanceof SidebarItem.Statistics).findFirst().ifPresent(selected::set);
    }

    /** Shows the papers of one organisation: an item of its own under "Organisation", until another is chosen. */
    public void selectOrganization(String name) {
        organization = new SidebarItem.OrganizationItem(name);
        items.setAll(build(last));
        selected.set(organization);
    }

    private SidebarItem match(SidebarItem before) {
        if (before == null) {
            return items.get(0);
        }
        for (SidebarItem i : items) {
            if (i.equals(before) || i.filter() != null && i.filter().equals(before.filter())) {
                return i;
            }
        }
        return items.get(0); // the tag or listing is gone
    }

    private List<SidebarItem> build(Snapshot s) {
        LibraryCounts c = s.shown();
        List<SidebarItem> out = new ArrayList<>();
        out.add(new SidebarItem.Fixed(SidebarItem.View.ALL, c.all()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.UNREAD, c.unread()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.READ, c.read()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.HAS_CODE, c.withCode()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.RECENT, c.recentlyAdded()));
        out.add(new SidebarItem.Fixed(SidebarItem.View.ANNOTATED, c.annotated()));
        out.add(new SidebarItem.Statistics());
        if (!s.tags().isEmpty()) {
            out.add(new SidebarItem.Heading("Tags"));
            s.tags().forEach(t -> out.add(new SidebarItem.TagItem(t)));
        }
        if (!s.listings().isEmpty()) {
            out.add(new SidebarItem.Heading("Imported listings"));
            s.listings().forEach(l -> out.add(new SidebarItem.ListingItem(l)));
        }
        if (organization != null) {
            out.add(new SidebarItem.Heading(ORGANISATION_HEADING));
            out.add(organization);
        }
        out.add(new SidebarItem.Heading(""));
        out.add(new SidebarItem.Fixed(SidebarItem.View.TRASH, c.trash()));
        return out;
    }
}
