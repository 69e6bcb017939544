package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Listing;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/**
 * A real saved response of the Hugging Face API ({@code /api/daily_papers} of 25 October 2024, see
 * src/test/resources/real/SOURCES.md), and the same papers arriving again from other sources.
 */
class RealHuggingFaceTest extends LibraryTestBase {
    static final String DAILY = "hf-api-daily-papers-2024-10-25.json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FILE_DATE = LocalDate.of(2026, 5, 21);

    @Override
    Clock clock() {
        return CLOCK;
    }

    private Paper byArxiv(String id) throws LibraryException {
        return library.papers().stream().filter(p -> id.equals(p.arxivId())).findFirst().orElseThrow();
    }

    @Test
    void theListingDateIsTheDayTheCardsWereListedNotTheFileDate() throws Exception {
        Listing listing = library.read(TestFiles.copyReal(DAILY, dir), FILE_DATE);

        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(listing.entries()).extracting(e -> e.arxivId()).containsExactly("2410.17243", "2410.16251", "2410.18533");
    }

    @Test
    void cardsKeepTheirDayTitleAuthorsAndFigures() throws Exception {
        ImportResult r = library.importFiles(List.of(TestFiles.copyReal(DAILY, dir)), FILE_DATE).get(0);

        assertThat(r.summary()).isEqualTo("Imported " + DAILY + ": 3 papers (3 new, 0 updated, 0 unchanged)");
        Paper memory = byArxiv("2410.17243");
        assertThat(memory.title()).isEqualTo("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for "
                + "Contrastive Loss");
        assertThat(memory.published()).isEqualTo(PublishedDate.of(LocalDate.of(2024, 10, 22)));
        assertThat(memory.authors()).hasSize(9).startsWith("Zesen Cheng", "Hang Zhang").endsWith("Lidong Bing");
        assertThat(memory.upvotes()).isEqualTo(64);
        assertThat(memory.comments()).isEqualTo(3);
        assertThat(memory.summary()).isNull();
        assertThat(memory.abstractText()).startsWith("Contrastive loss is a powerful approach").hasSize(1263);
    }

    @Test
    void aPreprintAndItsPublishedVersionSharingTheEprintAreOnePaperWithVenueAndDoiAdded() throws Exception {
        library.importFiles(List.of(TestFiles.copyReal(DAILY, dir)), FILE_DATE);
        // Hand-written in the shape Google Scholar and Zotero write a published version (the DOI uses the test
        // prefix 10.5555): the same eprint, a journal, a year only, a cut-off abstract.
        Path published = TestFiles.write(dir.resolve("published.bib"), """
                @article{cheng2025breaking,
                  title={Breaking the memory barrier: near infinite batch size scaling for contrastive loss},
                  author={Cheng, Zesen and Zhang, Hang and Li, Kehan},
                  journal={Journal of Test Results},
                  volume={7},
                  pages={1--20},
                  year={2025},
                  doi={10.5555/test.2410.17243},
                  eprint={2410.17243},
                  archivePrefix={arXiv},
                  abstract={Contrastive loss is a powerful approach for representation learning, where larger batch sizes enhance performance by providing more negative samples to better distinguish between similar...}
                }
                """);

        ImportResult r = library.importFiles(List.of(published), FILE_DATE).get(0);

        assertThat(r.summary()).isEqualTo("Imported published.bib: 1 paper (0 new, 1 updated, 0 unchanged)");
        assertThat(library.papers()).hasSize(3);
        Paper memory = byArxiv("2410.17243");
        assertThat(memory.bibliographic().venue()).isEqualTo("Journal of Test Results");
        assertThat(memory.bibliographic().doi()).isEqualTo("10.5555/test.2410.17243");
        assertThat(memory.bibliographic().entryType()).isEqualTo("article");
        assertThat(memory.bibliographic().pages()).isEqualTo("1–20");
        // The more complete value wins: the day over the year, nine names over three, the whole abstract.
        assertThat(memory.published()).isEqualTo(PublishedDate.of(LocalDate.of(2024, 10, 22)));
        assertThat(memory.authors()).hasSize(9);
        assertThat(memory.abstractText()).hasSize(1263);
        assertThat(memory.title()).startsWith("Breaking the Memory Barrier");
    }

    @Test
    void oneFileHoldingBothRecordsCountsOneNewPaperAndTheBetterAbstractWinsWhicheverComesFirst() throws Exception {
        String cut = "Contrastive loss is a powerful approach for representation learning...";
        Path both = TestFiles.write(dir.resolve("both.bib"), """
                @misc{cheng2024preprint,
                  title={Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss},
                  author={Cheng, Zesen},
                  year={2024}, month={oct},
                  eprint={2410.17243}, archivePrefix={arXiv},
                  abstract={%s}
                }
                @inproceedings{cheng2025published,
                  title={Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss},
                  author={Cheng, Zesen and Zhang, Hang},
                  booktitle={Proceedings of the Test Conference},
                  year={2025},
                  eprint={2410.17243}, archivePrefix={arXiv},
                  abstract={Contrastive loss is a powerful approach for representation learning, and this abstract is longer than the cut one.}
                }
                """.formatted(cut));

        ImportResult r = library.importFiles(List.of(both), FILE_DATE).get(0);

        assertThat(r.summary()).isEqualTo("Imported both.bib: 1 paper (1 new, 0 updated, 0 unchanged)");
        Paper p = byArxiv("2410.17243");
        assertThat(p.abstractText()).endsWith("longer than the cut one.");
        assertThat(p.bibliographic().venue()).isEqualTo("Proceedings of the Test Conference");
        assertThat(p.bibliographic().entryType()).isEqualTo("inproceedings");
        assertThat(p.published()).isEqualTo(PublishedDate.ofMonth(2024, 10));
        assertThat(p.authors()).containsExactly("Zesen Cheng", "Hang Zhang");
    }

    @Test
    void aSavedSinglePaperPageImportsAsOnePaperWithItsSummaryAndSuggestedKeywords() throws Exception {
        // Hand-made (no real saved page was found): see the comment at the top of the file.
        Path page = TestFiles.copy("hf-paper-page-handmade.html", dir);

        ImportResult r = library.importFiles(List.of(page), FILE_DATE).get(0);
        Listing listing = library.read(page, FILE_DATE);

        assertThat(r.added()).isEqualTo(1);
        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2024, 10, 25));
        Paper logo = byArxiv("2410.18533");
        assertThat(logo.summary()).isEqualTo("LOGO aligns long-context models with a reference-free preference "
                + "optimisation on one GPU machine.");
        assertThat(logo.suggestedTags()).containsExactly("long-context models", "preference optimization");
        assertThat(logo.tags()).isEmpty();
        assertThat(logo.githubUrls()).containsExactly("https://github.com/ZetangForward/LCM_Stack");

        // The real daily listing of the same paper afterwards: the summary stays, the full author list arrives.
        ImportResult daily = library.importFiles(List.of(TestFiles.copyReal(DAILY, dir)), FILE_DATE).get(0);
        assertThat(daily.summary()).endsWith("3 papers (2 new, 1 updated, 0 unchanged)");
        logo = byArxiv("2410.18533");
        assertThat(logo.summary()).startsWith("LOGO aligns");
        assertThat(logo.authors()).hasSize(5);
        // The names are known now: the first author's family name (issue 12: "He et al.", a count only without names).
        assertThat(logo.byline()).isEqualTo("Tang et al.");
        assertThat(logo.abstractText()).hasSizeGreaterThan(1000);
    }

    @Test
    void linksThatAreTheSamePageAreOneLink() throws Exception {
        Path a = TestFiles.write(dir.resolve("a.bib"), """
                @misc{a, title={One Paper}, year={2020}, url={http://example.org/paper/}, doi={10.5555/ONE}}
                """);
        Path b = TestFiles.write(dir.resolve("b.bib"), """
                @misc{b, title={One Paper}, year={2020}, url={https://example.org/paper},
                  howpublished={\\url{http://dx.doi.org/10.5555/one}}}
                """);
        library.importFiles(List.of(a), FILE_DATE);

        ImportResult r = library.importFiles(List.of(b), FILE_DATE).get(0);

        Paper p = library.papers().get(0);
        assertThat(library.papers()).hasSize(1);
        assertThat(p.links()).containsExactly("https://example.org/paper", "https://doi.org/10.5555/ONE");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(library.importFiles(List.of(b), FILE_DATE).get(0).summary())
                .endsWith("1 paper (0 new, 0 updated, 1 unchanged)");
    }
}
