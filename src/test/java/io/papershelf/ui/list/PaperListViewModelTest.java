package io.papershelf.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import io.papershelf.ui.common.ViewModelFixture;

/** The paper list's view model as a plain object: stale searches, paged results, filter and query. */
class PaperListViewModelTest extends ViewModelFixture {
    @Test
    void aStaleSearchNeverShowsOverANewerOne() {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.queryProperty().set("recommender");
        list.reload();
        list.queryProperty().set("Microsoft");
        list.reload();
        executor.runNewest(); // the newer query answers first
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
        executor.runAll(); // the older one arrives late and is dropped
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void aLargeResultLandsItsFirstPageThenTheRestAndTheViewHooksRunOnce() throws Exception {
        StringBuilder text = new StringBuilder("Daily Papers\n\nMay 20\n\n");
        for (int i = 0; i < 250; i++) {
            text.append("Zymurgy attention study number ").append(i).append("\n\nWe study sparse attention at scale, ")
                    .append("case ").append(i).append(".\n\n  • 3 authors\n·\nMay 1, 2026\n\n");
        }
        library.importFiles(List.of(TestFiles.write(dir.resolve("many.txt"), text.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8))), LocalDate.of(2026, 5, 20));
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        List<String> hooks = new ArrayList<>();
        list.onReplace(() -> hooks.add("before"), () -> hooks.add("after"));
        list.queryProperty().set("zymurgy");
        list.reload();
        executor.runOldest();
        assertThat(list.rows()).hasSize(PaperListViewModel.FIRST_PAGE);
        assertThat(list.loadingProperty().get()).isTrue();
        assertThat(hooks).containsExactly("before");
        executor.runAll();
        assertThat(list.rows()).hasSize(250);
        assertThat(list.rows().subList(0, PaperListViewModel.FIRST_PAGE)).extracting(PaperRow::title)
                .startsWith("Zymurgy attention study number 0", "Zymurgy attention study number 1");
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(hooks).containsExactly("before", "after");
        assertThat(errors).isEmpty();
    }

    @Test
    void aSmallResultLandsWholeInOneStepAndASupersededQueryIsDropped() {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        List<Integer> landed = new ArrayList<>();
        list.rows().addListener((javafx.collections.ListChangeListener<PaperRow>) c -> landed.add(list.rows().size()));
        list.queryProperty().set("recommender");
        list.reload();
        list.queryProperty().set("Microsoft");
        list.reload();
        executor.runAll();
        assertThat(landed).containsExactly(1);
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void theSidebarFilterAndTheQueryCombine() throws Exception {
        library.setRead(List.of(id("The Collaboration Gap")), true);
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.filterProperty().set(PaperFilter.ALL.withReadState(ReadState.UNREAD));
        list.queryProperty().set("Microsoft");
        list.reload();
        executor.runAll();
        assertThat(list.rows()).isEmpty();
        list.filterProperty().set(PaperFilter.ALL.withReadState(ReadState.READ));
        executor.runAll();
        assertThat(list.rows()).extracting(PaperRow::title).containsExactly("The Collaboration Gap");
    }
}
