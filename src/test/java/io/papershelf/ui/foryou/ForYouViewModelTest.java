package io.papershelf.ui.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.library.Ranking;
import io.papershelf.library.Recommender;
import io.papershelf.library.Scores;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.ViewModelFixture;

/**
 * The window's ranking as a plain object over the daily sample: the first refresh on start, the cold start, a
 * refresh after changes settle (debounced), the stale ranking kept while a new one trains, changes during a
 * training refreshed once after it, and nothing more after stop. The library's thread, the training thread and the
 * debounce are run by hand.
 */
class ForYouViewModelTest extends ViewModelFixture {
    private final ManualTraining training = new ManualTraining();

    /** A training thread the test runs by hand. */
    static final class ManualTraining implements TrainingThread {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        boolean stopped;

        @Override
        public void execute(Runnable work) {
            if (!stopped) {
                queue.add(work);
            }
        }

        @Override
        public void stop() {
            stopped = true;
            queue.clear();
        }

        int pending() {
            return queue.size();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    private ForYouViewModel forYou() {
        return new ForYouViewModel(library, Recommender.beside(library.file()), executor, debouncer, training,
                Runnable::run);
    }

    /** Runs the library's thread and the training thread until both are idle. */
    private void settle() {
        while (executor.pending() > 0 || training.pending() > 0) {
            executor.runAll();
            training.runAll();
        }
    }

    private List<Long> firstIds(int n) throws Exception {
        return library.rows(PaperFilter.ALL).stream().limit(n).map(PaperRow::id).toList();
    }

    @Test
    void startsPendingThenSaysWhenThereIsTooLittleToLearnFrom() {
        ForYouViewModel vm = forYou();
        assertThat(vm.rankingProperty().get().forYou().state()).isEqualTo(Scores.State.PENDING);

        vm.start();
        assertThat(executor.pending()).as("the cache files are read on the training thread first").isZero();
        settle();

        Scores s = vm.rankingProperty().get().forYou();
        assertThat(s.state()).isEqualTo(Scores.State.COLD_START);
        assertThat(s.message()).isEqualTo(
                "Not enough to learn from yet: 0 of 5 papers read or tagged; ordered by upvotes, then date.");
        assertThat(errors).isEmpty();
    }

    @Test
    void refreshesOnceChangesSettleAndKeepsTheStaleRankingMeanwhile() throws Exception {
        ForYouViewModel vm = forYou();
        vm.start();
        settle();
        Ranking cold = vm.rankingProperty().get();

        List<Long> ids = firstIds(6);
        library.addTag(ids, "picked");
        vm.changed(ids);
        assertThat(debouncer.waiting()).isTrue();
        assertThat(executor.pending()).as("nothing runs before the changes settle").isZero();

        debouncer.elapse();
        executor.runAll(); // prepare on the library's thread
        assertThat(training.pending()).isEqualTo(1);
        assertThat(vm.rankingProperty().get()).as("the stale ranking stays until the new one is ready").isSameAs(cold);

        training.runAll();
        Ranking ready = vm.rankingProperty().get();
        assertThat(ready.forYou().ready()).isTrue();
        assertThat(ready.forYou().positives()).isEqualTo(6);
        assertThat(ready.tag("picked").state()).as("trained; every paper's score kept only once it is shown")
                .isEqualTo(Scores.State.SCORING);
        assertThat(ready.forYou().bar(ids.get(0))).isBetween(0.0, 1.0);

        vm.showScoresOf("Picked"); // the list shows the tag's "More like this": every paper is scored for it at once
        assertThat(debouncer.waiting()).isFalse();
        settle();
        assertThat(vm.rankingProperty().get().tag("picked").ready()).isTrue();
        assertThat(vm.rankingProperty().get().tag("picked").bar(ids.get(0))).isBetween(0.0, 1.0);
    }

    @Test
    void changesDuringATrainingAreRefreshedOnceAfterIt() throws Exception {
        ForYouViewModel vm = forYou();
        vm.start();
        settle();
        List<Long> ids = firstIds(8);
        library.addTag(ids.subList(0, 5), "picked");
        vm.changed(ids.subList(0, 5));
        debouncer.elapse();
        executor.runAll();
        assertThat(training.pending()).isEqualTo(1);

        library.addTag(ids.subList(5, 8), "picked");
        vm.changed(ids.subList(5, 8));
        debouncer.elapse(); // settles while the first training waits: kept, not run beside it
        assertThat(executor.pending()).isZero();

        training.runAll();
        assertThat(vm.rankingProperty().get().tag("picked").positives()).isEqualTo(5);
        settle();
        assertThat(vm.rankingProperty().get().tag("picked").positives()).isEqualTo(8);
    }

    @Test
    void aChangeTheWindowCannotNameHasEveryPaperChecked() throws Exception {
        ForYouViewModel vm = forYou();
        vm.start();
        settle();
        library.addTag(firstIds(5), "elsewhere"); // as the command line would, beside the window
        vm.changed(List.of());
        debouncer.elapse();
        settle();
        assertThat(vm.rankingProperty().get().tag("elsewhere").state()).as("only the touched papers were read")
                .isEqualTo(Scores.State.COLD_START);

        vm.changedElsewhere();
        debouncer.elapse();
        settle();
        assertThat(vm.rankingProperty().get().tag("elsewhere").state()).isEqualTo(Scores.State.SCORING);
    }

    @Test
    void afterStopNothingMoreRuns() throws Exception {
        ForYouViewModel vm = forYou();
        vm.start();
        settle();
        Ranking before = vm.rankingProperty().get();
        List<Long> ids = firstIds(5);
        library.addTag(ids, "picked");
        vm.changed(ids);
        vm.stop();
        assertThat(debouncer.waiting()).as("the settling change is dropped").isFalse();
        debouncer.elapse();
        assertThat(executor.pending()).as("no refresh is asked of the library's thread").isZero();
        settle();
        assertThat(training.stopped).isTrue();
        assertThat(vm.rankingProperty().get()).isSameAs(before);
    }
}
