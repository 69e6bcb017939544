package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.library.Ranking;
import io.papershelf.library.Recommender;
import io.papershelf.library.TagSuggestion;
import io.papershelf.ui.common.ViewModelFixture;

/** The user's own tags suggested in the detail pane, as a plain object: from the ranking, accepted by index. */
class TagSuggestionsViewModelTest extends ViewModelFixture {
    @Test
    void suggestsTheUsersTagsAPaperProbablyDeservesAndAcceptsOne() throws Exception {
        for (String title : List.of("Joint Evaluation of Fairness", "Personalized Denoising", "Memorize, Factorize",
                "Debiased Collaborative", "Unbiased Learning to Rank")) {
            library.addTag(List.of(id(title)), "recsys");
        }
        Ranking ranking = Recommender.beside(library.file()).refresh(library);
        List<List<Long>> changed = new ArrayList<>();
        DetailViewModel detail = new DetailViewModel(library, executor, debouncer, changed::add, errors::add);
        long measuring = id("Measuring Individual User Fairness");
        detail.select(List.of(measuring));
        executor.runAll();
        assertThat(detail.suggestionsProperty().get()).as("no ranking yet: nothing to suggest").isEmpty();

        detail.rankingProperty().set(ranking);
        assertThat(detail.suggestionsProperty().get()).extracting(TagSuggestion::tag).containsExactly("recsys");

        detail.acceptSuggestion(1); // there is no second one
        assertThat(executor.pending()).isZero();
        detail.acceptSuggestion(0);
        executor.runAll();
        assertThat(library.paper(measuring).orElseThrow().tags()).containsExactly("recsys");
        assertThat(changed).containsExactly(List.of(measuring));
        assertThat(detail.suggestionsProperty().get()).as("a tag it carries is no suggestion").isEmpty();

        detail.select(List.of(measuring, id("The Collaboration Gap")));
        assertThat(detail.suggestionsProperty().get()).as("several papers: none").isEmpty();
        assertThat(errors).isEmpty();
    }
}
