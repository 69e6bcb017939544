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
 * The list's "For you" side ({@link ListRanking}) as a plain object over the daily sample with five
 * recommender-system papers tagged: "More like this" in the tag's view, the line above the list, the scores the
 * column shows and the terms behind one.
 */
class ListRankingTest extends ViewModelFixture {
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
        ListRanking forYou = list.ranking();
        forYou.rankingProperty().set(ranking);
        assertThat(list.rows()).hasSize(5);

        forYou.showMoreLikeThis(true);
        executor.runAll();

        assertThat(forYou.likeTagProperty().get()).isEqualTo("recsys");
        assertThat(list.rows()).hasSize(45).noneMatch(r -> r.tags().contains("recsys"));
        assertThat(list.rows().get(0).title()).startsWith("Measuring Individual User Fairness");
        double first = forYou.shownScores().bar(list.rows().get(0).id());
        double last = forYou.shownScores().bar(list.rows().get(44).id());
        assertThat(first).isGreaterThan(last);
        assertThat(forYou.rankingLine().get())
                .isEqualTo("More like \u201crecsys\u201d: papers without it, most like its 5 first.");

        list.filterProperty().set(PaperFilter.ALL);
        executor.runAll();
        assertThat(forYou.likeTagProperty().get()).as("another view ends it").isNull();
        assertThat(list.rows()).hasSize(50);
        assertThat(errors).isEmpty();
    }

    @Test
    void moreLikeThisNeedsATagsViewAndFollowsANewRanking() throws Exception {
        PaperListViewModel all = new PaperListViewModel(library, executor, errors::add);
        all.reload();
        executor.runAll();
        all.ranking().showMoreLikeThis(true);
        assertThat(all.ranking().likeTagProperty().get()).as("not in a tag's view").isNull();

        library.addTag(List.of(id(RECSYS.get(0))), "recsys");
        PaperListViewModel list = list();
        ListRanking forYou = list.ranking();
        forYou.showMoreLikeThis(true);
        executor.runAll();
        assertThat(forYou.rankingLine().get())
                .isEqualTo("More like \u201crecsys\u201d: Learning what you like; ordered by upvotes, then date until then.");
        assertThat(list.rows()).hasSize(49);

        forYou.rankingProperty().set(Recommender.beside(library.file()).refresh(library));
        assertThat(executor.pending()).as("a new ranking orders the list again").isPositive();
        executor.runAll();
        assertThat(forYou.rankingLine().get()).isEqualTo("More like \u201crecsys\u201d: Not enough to learn from yet: "
                + "1 of 5 papers tagged \"recsys\"; ordered by upvotes, then date.");
        assertThat(list.rows()).extracting(PaperRow::upvotes).isSortedAccordingTo((a, b) ->
                Integer.compare(b == null ? Integer.MIN_VALUE : b, a == null ? Integer.MIN_VALUE : a));
    }

    @Test
    void theForYouOrderSaysWhyItFallsBackAndTheColumnExplainsAScore() throws Exception {
        PaperListViewModel list = new PaperListViewModel(library, executor, errors::add);
        ListRanking forYou = list.ranking();
        list.reload();
        executor.runAll();
        assertThat(forYou.rankingLine().get()).as("no word while the list has its own order").isEmpty();
        forYou.forYouOrderProperty().set(true);
        assertThat(forYou.rankingLine().get()).startsWith("Learning what you like");

        forYou.rankingProperty().set(Recommender.beside(library.file()).refresh(library));
        assertThat(forYou.rankingLine().get()).isEqualTo(
                "Not enough to learn from yet: 0 of 5 papers read or tagged; ordered by upvotes, then date.");
        assertThat(forYou.shownScores().bar(list.rows().get(0).id())).isNaN();

        forYou.rankingProperty().set(tagFiveAndTrain());
        assertThat(forYou.rankingLine().get()).as("ready: nothing to say").isEmpty();
        long measuring = id("Measuring Individual User Fairness");
        assertThat(forYou.shownScores().bar(measuring)).isBetween(0.5, 1.0);
        List<List<TermWeight>> why = new java.util.ArrayList<>();
        forYou.explain(measuring, why::add);
        executor.runAll();
        assertThat(why).hasSize(1);
        assertThat(why.get(0)).extracting(TermWeight::term).contains("fairness");
    }
}
