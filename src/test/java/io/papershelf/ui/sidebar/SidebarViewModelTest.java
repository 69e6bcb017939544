package io.papershelf.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
