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
import io.papershelf.model.Bibliographic;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/** BibTeX files other projects commit (src/test/resources/real, see SOURCES.md), imported into a real library. */
class RealBibtexTest extends LibraryTestBase {
    static final String DBLP = "jabref-authors-dblp.bib";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 21);

    @Override
    Clock clock() {
        return CLOCK;
    }

    Paper byKey(String title, int year) throws LibraryException {
        return library.papers().stream()
                .filter(p -> p.title().equals(title) && p.published() != null && p.published().year() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no paper " + title + " of " + year));
    }

    @Test
    void everyEntryOfTheDblpLibraryIsAPaperAndTheTwoChaptersCalledArithmeticStayTwo() throws Exception {
        ImportResult r = library.importFiles(List.of(TestFiles.copyReal(DBLP, dir)), SAVED).get(0);

        assertThat(r.summary()).isEqualTo("Imported " + DBLP + ": 38 papers (38 new, 0 updated, 0 unchanged)");
        assertThat(library.papers()).hasSize(38);
        Paper arithmetic2013 = byKey("Arithmetic", 2013);
        Paper arithmetic2010 = byKey("Arithmetic", 2010);
        assertThat(arithmetic2013.id()).isNotEqualTo(arithmetic2010.id());
        assertThat(arithmetic2013.bibliographic()).isEqualTo(new Bibliographic("10.1007/978-1-4614-6859-2_19",
                "incollection", "Handbook of Signal Processing Systems", null, null, "593–637", "Springer"));
        assertThat(arithmetic2010.bibliographic().doi()).isEqualTo("10.1007/978-1-4419-6345-1_12");
        assertThat(arithmetic2010.bibliographic().pages()).isEqualTo("283–327");
        assertThat(arithmetic2010.published()).isEqualTo(PublishedDate.ofYear(2010));
        assertThat(arithmetic2010.authors()).containsExactly("Oscar Gustafsson", "Lars Wanhammar");
    }

    @Test
    void aJournalArticleKeepsTypeVenueVolumeIssuePagesDoiAndAYearThatIsOnlyAYear() throws Exception {
        library.importFiles(List.of(TestFiles.copyReal(DBLP, dir)), SAVED);

        Paper cordic = byKey("CORDIC II: A New Improved CORDIC Algorithm", 2016);
        assertThat(cordic.bibliographic()).isEqualTo(new Bibliographic("10.1109/TCSII.2015.2483422", "article",
                "IEEE Trans. on Circuits and Systems", "63-II", "2", "186–190", null));
        assertThat(cordic.published()).isEqualTo(PublishedDate.ofYear(2016));
        assertThat(cordic.published().iso()).isEqualTo("2016");
        assertThat(cordic.published().display()).isEqualTo("2016");
        assertThat(cordic.authors()).containsExactly("Mario Garrido", "Petter Kallstrom", "Martin Kumm",
                "Oscar Gustafsson");
        assertThat(cordic.links()).containsExactly("https://doi.org/10.1109/TCSII.2015.2483422");
    }

    @Test
    void aConferencePaperWithADoiAndTheSameDoiAsAnHttpUrlHasOneLinkAndItsKeywordOnlySuggested() throws Exception {
        library.importFiles(List.of(TestFiles.copyReal(DBLP, dir)), SAVED);

        Paper channelizers = byKey("Filter-bank based all-digital channelizers and aggregators for multi-standard "
                + "video distribution", 2015);
        assertThat(channelizers.authors()).containsExactly("Håkan Johansson", "Oscar Gustafsson");
        assertThat(channelizers.bibliographic().entryType()).isEqualTo("inproceedings");
        assertThat(channelizers.bibliographic().venue()).isEqualTo("2015 IEEE International Conference on Digital "
                + "Signal Processing, DSP 2015, Singapore, July 21-24, 2015");
        assertThat(channelizers.bibliographic().publisher()).isEqualTo("IEEE");
        assertThat(channelizers.links()).containsExactly("https://doi.org/10.1109/ICDSP.2015.7252052");
        assertThat(channelizers.tags()).isEmpty();
        assertThat(channelizers.suggestedTags()).containsExactly("rank4");
        assertThat(library.tags()).isEmpty();
    }

    @Test
    void importingTheSameFileAgainOrItsOwnExportChangesNothing() throws Exception {
        Path file = TestFiles.copyReal(DBLP, dir);
        library.importFiles(List.of(file), SAVED);

        ImportResult again = library.importFiles(List.of(file), SAVED).get(0);
        Path export = dir.resolve("export.bib");
        library.export(io.papershelf.model.ExportFormat.BIBTEX, null, export);
        List<Paper> before = library.papers();
        ImportResult own = library.importFiles(List.of(export), SAVED).get(0);

        assertThat(again.summary()).endsWith("38 papers (0 new, 0 updated, 38 unchanged)");
        assertThat(own.summary()).isEqualTo("Imported export.bib: 38 papers (0 new, 0 updated, 38 unchanged)");
        assertThat(library.papers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sources")
                .containsExactlyElementsOf(before);
    }

    @Test
    void betterBibtexFixturesKeepTheirVenueAndAPhilPapersEprintIsNotAnArxivId() throws Exception {
        library.importFiles(List.of(TestFiles.copyReal("bbt-eprinttype-959.bib", dir),
                TestFiles.copyReal("bbt-dois-2555.bib", dir)), SAVED);

        Paper zach = byKey("Decidability of Quantified Propositional Intuitionistic Logic and S4 on Trees of Height "
                + "and Arity $\\le\\omega$", 2004);
        assertThat(zach.arxivId()).isNull();
        assertThat(zach.bibliographic()).isEqualTo(new Bibliographic("10.1023/B:LOGI.0000021744.10237.d0", "article",
                "Journal of Philosophical Logic", "33", null, "155–164", null));
        assertThat(zach.published()).isEqualTo(PublishedDate.ofYear(2004));
        assertThat(zach.suggestedTags()).containsExactly("article");
        Paper zlog = byKey("Z-log: Applying System-Z", 2002);
        assertThat(zlog.bibliographic()).isEqualTo(new Bibliographic("10.1007/3-540-45757-7_52", "incollection",
                "Logics in Artificial Intelligence", "2424", null, "545-548", "Springer Berlin Heidelberg"));
        assertThat(zlog.links()).containsExactly("https://doi.org/10.1007/3-540-45757-7_52");
        assertThat(zlog.authors()).containsExactly("Michael Minock", "Hansi Kraus");
    }
}
