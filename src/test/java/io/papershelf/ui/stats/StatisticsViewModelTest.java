package io.papershelf.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.PaperFilter;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.common.ViewModelFixture;

/** The statistics' view model as a plain object: computed in the background, stale results dropped, clicks handed on. */
class StatisticsViewModelTest extends ViewModelFixture {
    private final List<String> opened = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    private StatisticsViewModel model() {
        return new StatisticsViewModel(library, executor, new StatisticsViewModel.Navigator() {
            @Override
            public void showTag(String tag) {
                opened.add("tag " + tag);
            }

            @Override
            public void showOrganization(String organization) {
                opened.add("organisation " + organization);
            }
        }, notices::add, errors::add);
    }

    @Test
    void computesOnlyWhileShownAndDropsAResultOvertakenByANewerOne() throws Exception {
        library.addTag(List.of(id("LowFER")), "graphs");
        StatisticsViewModel vm = model();
        vm.libraryChanged();
        assertThat(executor.pending()).as("nothing to compute while hidden").isZero();

        vm.show(PaperFilter.ALL.withTag("graphs"), "graphs");
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.narrowedProperty().get()).isTrue();
        vm.wholeLibraryProperty().set(true);        // a second request before the first ran
        executor.runNewest();                        // the newer one lands first...
        assertThat(vm.statsProperty().get().papers()).isEqualTo(50);
        executor.runAll();                           // ...and the older one is dropped
        assertThat(vm.statsProperty().get().papers()).isEqualTo(50);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.statsProperty().get().weeks()).hasSize(StatisticsViewModel.WEEKS);

        vm.wholeLibraryProperty().set(false);
        executor.runAll();
        assertThat(vm.statsProperty().get().papers()).isEqualTo(1);
        library.setRead(List.of(id("LowFER")), true);
        vm.libraryChanged();
        executor.runAll();
        assertThat(vm.statsProperty().get().read()).isEqualTo(1);

        vm.hide();
        vm.libraryChanged();
        assertThat(executor.pending()).isZero();
        assertThat(errors).isEmpty();
    }

    @Test
    void allPapersOfferNoChoiceOfScope() {
        StatisticsViewModel vm = model();
        vm.show(PaperFilter.ALL, "All papers");
        executor.runAll();
        assertThat(vm.narrowedProperty().get()).isFalse();
        assertThat(vm.viewLabelProperty().get()).isEqualTo("All papers");
        assertThat(vm.statsProperty().get().papers()).isEqualTo(50);
    }

    @Test
    void clicksAreHandedToTheWindowAndSavingAnImageSaysWhereOrWhyNot() throws Exception {
        StatisticsViewModel vm = model();
        vm.openTag("agents");
        vm.openOrganization("Microsoft Research");
        assertThat(opened).containsExactly("tag agents", "organisation Microsoft Research");

        Path png = dir.resolve("chart.png");
        vm.saveImage(png, to -> Files.write(to, new byte[] {1, 2, 3}));
        assertThat(Files.exists(png)).as("written in the background, not at once").isFalse();
        executor.runAll();
        assertThat(Files.readAllBytes(png)).containsExactly(1, 2, 3);
        vm.saveImage(dir.resolve("no-such-folder").resolve("x.png"), to -> Files.write(to, new byte[] {1}));
        executor.runAll();
        assertThat(notices).extracting(Notice::message).containsExactly(
                "Saved the chart as " + png.toAbsolutePath() + ".",
                "Could not save the chart as " + dir.resolve("no-such-folder").resolve("x.png").toAbsolutePath()
                        + " (" + dir.resolve("no-such-folder").resolve("x.png") + ").");
        assertThat(notices.get(1).warning()).isTrue();
    }
}
