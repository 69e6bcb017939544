package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.TermWeight;

/** The "For you" models over a real library of 74 arXiv papers: cold start, training, caching, suggestions. */
class RecommenderTest extends LibraryTestBase {
    private LabelledLibrary lib;

    @BeforeEach
    void importPapers() throws Exception {
        lib = new LabelledLibrary(library);
    }

    @Test
    void withFewerThanFivePapersReadOrTaggedSaysSoAndOrdersByUpvotesThenDate() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 4), "vision");
        Ranking r = Recommender.beside(lib.library.file()).refresh(lib.library);

        assertThat(r.forYou().state()).isEqualTo(Scores.State.COLD_START);
        assertThat(r.forYou().message()).isEqualTo(
                "Not enough to learn from yet: 4 of 5 papers read or tagged; ordered by upvotes, then date.");
        assertThat(r.forYou().score(lib.idsOf("cs.CV", 1).get(0))).isEmpty();
        assertThat(r.forYou().bar(lib.idsOf("cs.CV", 1).get(0))).isNaN();
        assertThat(r.tag("vision").ready()).isFalse();
        assertThat(r.suggestTags(paper(lib.idsOf("cs.CV", 10).get(9)))).isEmpty();
    }

    @Test
    void ranksPapersLikeTheTaggedOnesFirst() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        lib.library.addTag(lib.idsOf("cs.RO", 8), "robots");
        Ranking r = Recommender.beside(lib.library.file()).refresh(lib.library);

        assertThat(r.forYou().ready()).isTrue();
        assertThat(r.forYou().positives()).isEqualTo(16);
        assertThat(r.tag("Vision").ready()).isTrue();

        List<PaperRow> untagged = lib.library.rows(PaperFilter.ALL);
        List<PaperRow> more = r.moreLikeThis("vision", untagged);
        assertThat(more).hasSize(74 - 8).noneMatch(row -> row.tags().contains("vision"));
        List<Long> heldOutVision = lib.idsOf("cs.CV", 13).subList(8, 13);
        long visionInTop10 = more.subList(0, 10).stream().filter(row -> heldOutVision.contains(row.id())).count();
        assertThat(visionInTop10).as("held-out vision papers among the 10 most like 'vision'").isGreaterThanOrEqualTo(3);

        double tagged = r.forYou().bar(lib.idsOf("cs.CV", 1).get(0));
        double hci = r.forYou().bar(lib.idsOf("cs.HC", 1).get(0));
        assertThat(tagged).isGreaterThan(hci);
        assertThat(r.forYou().sort(untagged).get(0).tags()).isNotEmpty();
    }

    @Test
    void suggestsTheUsersOwnTagsAndSaysWhichTermsDroveAScore() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        lib.library.addTag(lib.idsOf("cs.HC", 8), "hci");
        Ranking r = Recommender.beside(lib.library.file()).refresh(lib.library);

        Paper interviewStudy = paper(lib.idsOf("cs.HC", 11).get(8)); // held out: a qualitative-data tool
        assertThat(r.suggestTags(interviewStudy)).extracting(TagSuggestion::tag).first().isEqualTo("hci");
        assertThat(r.suggestTags(interviewStudy)).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s.likeness()).isBetween(0.5, 1.0));
        Paper tagged = paper(lib.idsOf("cs.HC", 1).get(0));
        assertThat(r.suggestTags(tagged)).extracting(TagSuggestion::tag).doesNotContain("hci");

        Paper taggedHci = paper(lib.idsOf("cs.HC", 2).get(1));
        List<TermWeight> why = r.explain(taggedHci, "hci", 5);
        assertThat(why).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(why).allSatisfy(t -> assertThat(t.weight()).isPositive());
        assertThat(why.get(0).weight()).isGreaterThanOrEqualTo(why.get(why.size() - 1).weight());
        String text = (taggedHci.title() + " " + taggedHci.abstractText()).toLowerCase();
        assertThat(why).allSatisfy(t -> assertThat(text).contains(t.term().split(" ")[0]));
    }

    @Test
    void cachesModelsBesideTheLibraryAndTrainsAgainOnlyWhenTheirPapersChange() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        Recommender first = Recommender.beside(lib.library.file());
        Ranking before = first.refresh(lib.library);
        Path models = dir.resolve("library.db.ranking-models");
        Path terms = dir.resolve("library.db.ranking-terms");
        assertThat(models).exists();
        assertThat(terms).exists();
        long modelsWritten = Files.getLastModifiedTime(models).toMillis();
        byte[] modelBytes = Files.readAllBytes(models);

        Ranking again = Recommender.beside(lib.library.file()).refresh(lib.library);
        assertThat(Files.readAllBytes(models)).as("a new process reuses the cached models").isEqualTo(modelBytes);
        long someone = lib.idsOf("cs.CV", 1).get(0);
        assertThat(again.forYou().score(someone)).isEqualTo(before.forYou().score(someone));

        Object termFile = Files.readAttributes(terms, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        long termSize = Files.size(terms);
        lib.library.addTag(lib.idsOf("cs.CV", 10).subList(8, 10), "vision");
        RankingWork work = first.prepare(lib.library);
        assertThat(work.changed()).as("tagging changes no text").isZero();
        assertThat(first.current()).as("the stale ranking stays in use while training").isSameAs(before);
        Ranking after = first.train(work);
        assertThat(after).isNotSameAs(before);
        assertThat(after.tag("vision").positives()).isEqualTo(10);
        assertThat(Files.readAllBytes(models)).isNotEqualTo(modelBytes);
        assertThat(Files.getLastModifiedTime(models).toMillis()).isGreaterThanOrEqualTo(modelsWritten);
        assertThat(Files.readAttributes(terms, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("only the stamps of the tagged papers were written, in place").isEqualTo(termFile);
        assertThat(Files.size(terms)).isEqualTo(termSize);
        Ranking reopened = Recommender.beside(lib.library.file()).refresh(lib.library);
        assertThat(reopened.tag("vision").positives()).isEqualTo(10);
        assertThat(Files.readAttributes(terms, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("a new process finds the stamps current").isEqualTo(termFile);
    }

    @Test
    void rebuildsCacheFilesFromAnotherVersionOrDamaged() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        Path models = dir.resolve("library.db.ranking-models");
        Path terms = dir.resolve("library.db.ranking-terms");
        Files.write(models, new byte[] {'P', 'S', 'R', 'F', 0, 0, 0, 0});
        Files.write(terms, "not a ranking file".getBytes());

        Ranking r = Recommender.beside(lib.library.file()).refresh(lib.library);

        assertThat(r.tag("vision").ready()).isTrue();
        assertThat(Files.size(terms)).isGreaterThan(74 * 16);
    }

    @Test
    void scoresNewPapersWithTheModelsItHasAndForgetsPapersInTheTrash() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        Recommender rec = Recommender.beside(lib.library.file());
        rec.refresh(lib.library);
        long gone = lib.idsOf("cs.HC", 1).get(0);
        lib.library.trash(List.of(gone));
        var entry = io.papershelf.model.ListingEntry.builder("Monocular depth estimation for driving scenes")
                .abstractText("We estimate depth from a single camera image with a vision transformer and "
                        + "semantic segmentation features, improving 3D reconstruction.").line(1).build();
        lib.library.importListings(List.of(new io.papershelf.model.Listing("new.txt", null, "test", List.of(entry), List.of())));

        Ranking r = rec.refresh(lib.library);

        long added = lib.library.rows(PaperFilter.ALL.withQuery("Monocular depth")).get(0).id();
        assertThat(r.tag("vision").score(added)).isPresent();
        assertThat(r.tag("vision").score(gone)).isEmpty();
        assertThat(r.tag("vision").bar(added)).isGreaterThan(0.5);
    }

    @Test
    void countsTheTermsOfNewPapersAndOfPapersThatTakeAFreedId() throws Exception {
        lib.library.addTag(lib.idsOf("cs.CV", 8), "vision");
        Recommender rec = Recommender.beside(lib.library.file());
        rec.refresh(lib.library);

        lib.library.importListings(List.of(listing("Depth from one camera image",
                "Monocular depth estimation with a vision transformer for 3D reconstruction.")));
        RankingWork onlyNew = rec.prepare(lib.library);
        assertThat(onlyNew.changed()).isEqualTo(1);
        assertThat(onlyNew.papers()).isEqualTo(75);
        Ranking r = rec.train(onlyNew);
        long added = lib.library.rows(PaperFilter.ALL.withQuery("Depth from one camera")).get(0).id();
        assertThat(r.tag("vision").score(added)).isPresent();

        lib.library.trash(List.of(added));
        lib.library.emptyTrash();
        lib.library.importListings(List.of(listing("A survey of interview studies with screenwriters",
                "We interview screenwriters about co-creation with generative AI in a qualitative study.")));
        long reused = lib.library.rows(PaperFilter.ALL.withQuery("screenwriters")).stream()
                .mapToLong(PaperRow::id).max().orElseThrow();
        assertThat(reused).as("SQLite gives the freed id to the new paper").isEqualTo(added);
        RankingWork afterReuse = rec.prepare(lib.library);
        assertThat(afterReuse.changed()).as("the paper with the reused id is counted afresh").isEqualTo(1);
        Ranking again = rec.train(afterReuse);
        assertThat(again.tag("vision").score(reused).getAsDouble())
                .isNotEqualTo(r.tag("vision").score(added).getAsDouble());
    }

    private static io.papershelf.model.Listing listing(String title, String abstractText) {
        var entry = io.papershelf.model.ListingEntry.builder(title).abstractText(abstractText).line(1).build();
        return new io.papershelf.model.Listing("new-" + title.length() + ".txt", null, "test", List.of(entry), List.of());
    }

    private Paper paper(long id) throws Exception {
        return lib.library.paper(id).orElseThrow();
    }
}
