package io.papershelf.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.library.Ranking;
import io.papershelf.library.Recommender;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.TermWeight;
import io.papershelf.ui.common.ViewModelFixture;

/**
 * The list's "For you" side as a plain object over the daily sample with five recommender-system papers tagged:
 * "More like this" in the tag's view, the line above the list, the scores the column shows and the terms behind one.
 */
class MoreLikeThisViewModelTest extends ViewModelFixture {
    private static final List<String> RECSYS = List.of("Joint Evaluation of Fairness", "Personalized Denoising",
            "Memorize, Factorize", "Debiased Collaborative", "Unbiased Learning to Rank");

    private Ranking tagFiveAndTrain() throws Exception {
        for (String title : RECSYS) {
            library.addTag(List.of(id(title)), "recsys");
        }
        return Recommender.beside(library.file()).refresh(library);
    }

    private PaperListViewModel list() {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.filterProperty().set(PaperFilter.ALL.withTag("recsys"));
        executor.runAll();
        return list;
    }

    @Test
    void moreLikeThisShowsThePapersWithoutTheTagMostLikeItFirst() throws Exception {
        Ranking ranking = tagFiveAndTrain();
        PaperListViewModel list = list();
        list.rankingProperty().set(ranking);
        assertThat(list.rows()).hasSize(5);

        list.showMoreLikeThis(true);
        executor.runAll();

        assertThat(list.likeTagProperty().get()).isEqualTo("recsys");
        assertThat(list.rows()).hasSize(45).noneMatch(r -> r.tags().contains("recsys"));
        assertThat(list.rows().get(0).title()).startsWith("Measuring Individual User Fairness");
        double first = list.shownScores().bar(list.rows().get(0).id());
        double last = list.shownScores().bar(list.rows().get(44).id());
        assertThat(first).isGreaterThan(last);
        assertThat(list.rankingLine().get())
                .isEqualTo("More like \u201crecsys\u201d: papers without it, most like its 5 first.");

        list.filterProperty().set(PaperFilter.ALL);
        executor.runAll();
        assertThat(list.likeTagProperty().get()).as("another view ends it").isNull();
        assertThat(list.rows()).hasSize(50);
        assertThat(errors).isEmpty();
    }

    @Test
    void moreLikeThisNeedsATagsViewAndFollowsANewRanking() throws Exception {
        PaperListViewModel all = new PaperListViewModel(library, executor, errors::add);
        all.reload();
        executor.runAll();
        all.showMoreLikeThis(true);
        assertThat(all.likeTagProperty().get()).as("not in a tag's view").isNull();

        library.addTag(List.of(id(RECSYS.get(0))), "recsys");
        PaperListViewModel list = list();
        list.showMoreLikeThis(true);
        executor.runAll();
        assertThat(list.rankingLine().get()).isEqualTo("More like \u201crecsys\u201d: Learning what you like; ordered by "
                + "upvotes, then date until then.");
        assertThat(list.rows()).hasSize(49);

        list.rankingProperty().set(Recommender.beside(library.file()).refresh(library));
        assertThat(executor.pending()).as("a new ranking orders the list again").isPositive();
        executor.runAll();
        assertThat(list.rankingLine().get()).isEqualTo("More like \u201crecsys\u201d: Not enough to learn from yet: "
                + "1 of 5 papers tagged \"recsys\"; ordered by upvotes, then date.");
        assertThat(list.rows()).extracting(PaperRow::upvotes).isSortedAccordingTo((a, b) ->
                Integer.compare(b == null ? Integer.MIN_VALUE : b, a == null ? Integer.MIN_VALUE : a));
    }

    @Test
    void theForYouOrderSaysWhyItFallsBackAndTheColumnExplainsAScore() throws Exception {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        list.reload();
        executor.runAll();
        assertThat(list.rankingLine().get()).as("no word while the list has its own order").isEmpty();
        list.forYouOrderProperty().set(true);
        assertThat(list.rankingLine().get()).startsWith("Learning what you like");

        list.rankingProperty().set(Recommender.beside(library.file()).refresh(library));
        assertThat(list.rankingLine().get()).isEqualTo(
                "Not enough to learn from yet: 0 of 5 papers read or tagged; ordered by upvotes, then date.");
        assertThat(list.shownScores().bar(list.rows().get(0).id())).isNaN();

        list.rankingProperty().set(tagFiveAndTrain());
        assertThat(list.rankingLine().get()).as("ready: nothing to say").isEmpty();
        long measuring = id("Measuring Individual User Fairness");
        assertThat(list.shownScores().bar(measuring)).isBetween(0.5, 1.0);
        List<List<TermWeight>> why = new java.util.ArrayList<>();
        list.explain(measuring, why::add);
        executor.runAll();
        assertThat(why).hasSize(1);
        assertThat(why.get(0)).extracting(TermWeight::term).contains("fairness");
    }
}
