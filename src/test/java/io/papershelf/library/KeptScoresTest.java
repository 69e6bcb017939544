package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;

/**
 * Which scores the recommender keeps (every paper's only for the models shown) and how a new listing's papers are
 * scored (laid over the last pass over every paper): both must give the scores a pass over every paper gives.
 */
class KeptScoresTest extends LibraryTestBase {
    private LabelledLibrary lib;

    @BeforeEach
    void importPapers() throws Exception {
        lib = new LabelledLibrary(library);
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        lib.library.addTag(lib.idsOf("cs.HC", 8), "hci");
    }

    @Test
    void keepsEveryPaperScoreOnlyOfTheModelsShownAndScoresATagWhenAsked() throws Exception {
        Ranking all = Recommender.beside(lib.library.file()).refresh(lib.library);
        Recommender shown = Recommender.beside(lib.library.file());
        shown.keepScoresOf(Set.of());

        Ranking r = shown.refresh(lib.library);

        assertThat(r.forYou().ready()).isTrue();
        assertSameScores(r.forYou(), all.forYou());
        Scores vision = r.tag("vision");
        assertThat(vision.state()).isEqualTo(Scores.State.SCORING);
        assertThat(vision.message()).isEqualTo("Weighing every paper against the papers tagged \"vision\"; "
                + "ordered by upvotes, then date until then.");
        assertThat(vision.score(lib.idsOf("cs.CV", 1).get(0))).isEmpty();
        assertThat(r.moreLikeThis("vision", rows())).isEqualTo(rows().stream()
                .filter(row -> !row.tags().contains("vision")).sorted(Scores.UPVOTES_THEN_DATE).toList());
        Paper interviewStudy = paper(lib.idsOf("cs.HC", 11).get(8));
        assertThat(r.suggestTags(interviewStudy)).isEqualTo(all.suggestTags(interviewStudy)).isNotEmpty();
        assertThat(r.explain(interviewStudy, "hci", 5)).isEqualTo(all.explain(interviewStudy, "hci", 5));

        shown.keepScoresOf(Set.of("Vision"));
        Ranking asked = shown.refresh(lib.library);
        assertThat(asked.tag("vision").ready()).isTrue();
        assertSameScores(asked.tag("vision"), all.tag("vision"));
        assertThat(asked.moreLikeThis("vision", rows())).isEqualTo(all.moreLikeThis("vision", rows()));
        assertThat(asked.tag("hci").state()).isEqualTo(Scores.State.SCORING);

        shown.keepScoresOf(Set.of());
        assertThat(shown.refresh(lib.library).tag("vision").state()).as("let go when no longer shown")
                .isEqualTo(Scores.State.SCORING);
    }

    @Test
    void scoresANewListingOverTheLastPassAsAPassOverEveryPaperWould() throws Exception {
        Recommender rec = Recommender.beside(lib.library.file());
        rec.refresh(lib.library);
        long gone = lib.idsOf("cs.HC", 11).get(10); // not tagged: no model has to train again
        lib.library.trash(List.of(gone));
        List<Long> written = new ArrayList<>(List.of(gone));
        lib.library.importListings(List.of(listing(
                entry("Monocular depth estimation for driving scenes", "We estimate depth from a single camera "
                        + "image with a vision transformer and semantic segmentation, improving 3D reconstruction."),
                entry("Interviews with designers of voice assistants", "A qualitative study of how designers "
                        + "prototype conversational user interfaces, from semi-structured interviews."))))
                .forEach(result -> written.addAll(result.written()));
        List<Ranking> published = new ArrayList<>();
        rec.onUpdate(published::add);

        rec.train(rec.prepare(lib.library, written));

        Ranking first = published.get(0); // the new papers laid over the last pass, before any file is written
        assertThat(first.forYou().score(gone)).isEmpty();
        Ranking pass = Recommender.beside(lib.library.file()).refresh(lib.library); // every paper from the term file
        for (String tag : new String[] {"vision", "hci"}) {
            assertSameScores(first.tag(tag), pass.tag(tag), false);
        }
        assertSameScores(first.forYou(), pass.forYou(), false); // the bars stand among the papers of the last pass
        long depth = lib.library.rows(PaperFilter.ALL.withQuery("Monocular depth")).get(0).id();
        assertThat(first.tag("vision").bar(depth)).isGreaterThan(0.5);
        assertThat(first.forYou().sort(rows())).isEqualTo(pass.forYou().sort(rows()));
    }

    private void assertSameScores(Scores actual, Scores expected) throws Exception {
        assertSameScores(actual, expected, true);
    }

    private void assertSameScores(Scores actual, Scores expected, boolean bars) throws Exception {
        List<Long> ids = Stream.concat(rows().stream().map(PaperRow::id), Stream.of(-1L, 1_000_000L)).toList();
        for (long id : ids) {
            assertThat(actual.score(id)).as("score of paper %d", id).isEqualTo(expected.score(id));
            if (bars) {
                assertThat(Double.doubleToLongBits(actual.bar(id))).as("bar of paper %d", id)
                        .isEqualTo(Double.doubleToLongBits(expected.bar(id)));
            }
        }
    }

    private List<PaperRow> rows() throws Exception {
        return lib.library.rows(PaperFilter.ALL);
    }

    private Paper paper(long id) throws Exception {
        return lib.library.paper(id).orElseThrow();
    }

    private static ListingEntry entry(String title, String abstractText) {
        return ListingEntry.builder(title).abstractText(abstractText).line(1).build();
    }

    private static Listing listing(ListingEntry... entries) {
        return new Listing("new.txt", null, "test", List.of(entries), List.of());
    }
}
