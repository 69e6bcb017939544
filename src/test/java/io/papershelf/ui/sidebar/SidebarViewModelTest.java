package io.papershelf.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.papershelf.library.Preferences;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.ui.common.ViewModelFixture;

/** The sidebar's view model as a plain object: counts, tags, listings and a selection that holds. */
class SidebarViewModelTest extends ViewModelFixture {
    @Test
    void sidebarCountsTagsAndListingsAndKeepsItsSelection() throws Exception {
        library.addTag(List.of(id("LowFER")), "graphs");
        SidebarViewModel sidebar = new SidebarViewModel(library, executor, errors::add);
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.countsProperty().get().all()).isEqualTo(50);
        assertThat(sidebar.items()).extracting(SidebarItem::label).containsSubsequence("All papers", "Unread", "Read",
                "Has code", "Recently added", "Tags", "graphs", "Imported listings",
                "daily-papers-search-2026-05-20.txt", "Trash");
        sidebar.selectTag("graphs");
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.selectedProperty().get().label()).isEqualTo("graphs");
        assertThat(sidebar.tagNames()).containsExactly("graphs");
    }

    @Test
    void tagColoursFollowTheLibraryAndAreReplacedOnlyWhenOneChanges() throws Exception {
        library.addTag(List.of(id("LowFER")), "graphs");
        library.addTag(List.of(id("LowFER")), "plain");
        library.setTagColor("graphs", "#30a46c");
        SidebarViewModel sidebar = new SidebarViewModel(library, executor, errors::add);
        List<Map<String, String>> seen = new ArrayList<>();
        sidebar.tagColorsProperty().addListener((o, a, colors) -> seen.add(colors));
        sidebar.refresh();
        executor.runAll();
        sidebar.refresh();
        executor.runAll();
        assertThat(seen).containsExactly(Map.of("graphs", "#30a46c"));
        library.setTagColor("graphs", null);
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.tagColorsProperty().get()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void unreadOnlyNarrowsTheViewsThatDoNotChooseAReadStateAndTheirCounts() throws Exception {
        library.addTag(List.of(id("LowFER"), id("InteractComp")), "graphs");
        library.setRead(List.of(id("LowFER")), true);
        SidebarViewModel sidebar = new SidebarViewModel(library, executor, errors::add);
        sidebar.refresh();
        executor.runAll();
        sidebar.selectTag("graphs");
        assertThat(sidebar.filterProperty().get()).isEqualTo(PaperFilter.ALL.withTag("graphs"));

        sidebar.unreadOnlyProperty().set(true);
        executor.runAll();
        assertThat(sidebar.filterProperty().get()).isEqualTo(PaperFilter.ALL.withTag("graphs").withReadState(ReadState.UNREAD));
        assertThat(sidebar.filterLabelProperty().get()).isEqualTo("graphs, unread only");
        assertThat(sidebar.items()).filteredOn(i -> i instanceof SidebarItem.TagItem).extracting(SidebarItem::label,
                i -> ((SidebarItem.TagItem) i).tag().count()).containsExactly(org.assertj.core.groups.Tuple.tuple("graphs", 1));
        assertThat(counts(sidebar)).containsExactly(49, 49, 1, 10, 49, 0, 0); // all, unread, read, code, recent, annotated, Trash
        assertThat(sidebar.countsProperty().get().all()).as("the library's own count").isEqualTo(50);

        sidebar.selectView(SidebarItem.View.READ);
        assertThat(sidebar.filterProperty().get()).isEqualTo(PaperFilter.ALL.withReadState(ReadState.READ));
        sidebar.selectView(SidebarItem.View.TRASH);
        assertThat(sidebar.filterProperty().get().readState()).isEqualTo(ReadState.ALL);
        assertThat(errors).isEmpty();
    }

    private static List<Integer> counts(SidebarViewModel sidebar) {
        return sidebar.items().stream().filter(i -> i instanceof SidebarItem.Fixed)
                .map(i -> ((SidebarItem.Fixed) i).count()).toList();
    }

    @Test
    void unreadOnlyIsRemembered() throws Exception {
        Preferences prefs = new Preferences(dir.resolve("settings"));
        SidebarViewModel first = new SidebarViewModel(library, executor, errors::add);
        first.rememberUnreadOnly(prefs);
        executor.runAll();
        assertThat(first.unreadOnlyProperty().get()).isFalse();
        first.unreadOnlyProperty().set(true);
        executor.runAll();

        SidebarViewModel next = new SidebarViewModel(library, executor, errors::add);
        next.rememberUnreadOnly(prefs);
        assertThat(next.unreadOnlyProperty().get()).as("read in the background").isFalse();
        executor.runAll();
        assertThat(next.unreadOnlyProperty().get()).isTrue();
        assertThat(next.filterProperty().get().readState()).isEqualTo(ReadState.UNREAD);
    }

    @Test
    void theStatisticsKeepTheListsFilterAndAnOrganisationGetsAnItemOfItsOwn() throws Exception {
        SidebarViewModel sidebar = new SidebarViewModel(library, executor, errors::add);
        sidebar.refresh();
        executor.runAll();
        sidebar.selectView(SidebarItem.View.HAS_CODE);
        PaperFilter hasCode = sidebar.filterProperty().get();
        sidebar.selectStatistics();
        assertThat(sidebar.statisticsProperty().get()).isTrue();
        assertThat(sidebar.filterProperty().get()).isEqualTo(hasCode);
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.selectedProperty().get()).as("a refresh keeps the statistics").isInstanceOf(SidebarItem.Statistics.class);

        sidebar.selectOrganization("Microsoft Research");
        assertThat(sidebar.statisticsProperty().get()).isFalse();
        assertThat(sidebar.filterProperty().get()).isEqualTo(PaperFilter.ALL.withOrganization("Microsoft Research"));
        sidebar.refresh();
        executor.runAll();
        assertThat(sidebar.items()).extracting(SidebarItem::label).containsSubsequence("Organisation", "Microsoft Research", "Trash");
        assertThat(sidebar.selectedProperty().get()).isEqualTo(new SidebarItem.OrganizationItem("Microsoft Research"));
        assertThat(library.rows(sidebar.filterProperty().get())).extracting(r -> r.title()).containsExactly("The Collaboration Gap");
    }
}
