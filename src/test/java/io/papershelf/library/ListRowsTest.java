package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;

/** What the list's rows say of a paper beyond its card: who by, a note, and where the paper itself lives. */
class ListRowsTest extends LibraryTestBase {

    @BeforeEach
    void open() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir), TestFiles.copy("api-daily-papers.json", dir),
                TestFiles.copy("library-export.bib", dir)), null);
    }

    private PaperRow row(String titleStart) throws Exception {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private Paper paper(String titleStart) throws Exception {
        return library.paper(row(titleStart).id()).orElseThrow();
    }

    @Test
    void theByColumnNamesTheFirstAuthorWhenNamesAreKnownAndCountsOnlyWhenNot() throws Exception {
        Paper named = library.papers().stream().filter(p -> "2410.05434".equals(p.arxivId())).findFirst().orElseThrow();
        assertThat(named.authors().get(0)).isEqualTo("Sanjiban Choudhury");
        assertThat(row(named.title()).byline()).isEqualTo("Choudhury et al.");
        assertThat(row("InteractComp").byline()).isEqualTo("25 authors");
        assertThat(row("InteractComp").bylineShort()).isNull();
    }

    @Test
    void anOrganisationKeepsItsWholeNameWithItsHandleAsTheShortForm() throws Exception {
        PaperRow r = row("The Collaboration Gap");
        assertThat(r.byline()).isEqualTo("Microsoft Research");
        assertThat(r.bylineShort()).isEqualTo("MicrosoftResearch");
    }

    @Test
    void aNoteShowsInTheRowOnceSaved() throws Exception {
        long id = row("InteractComp").id();
        assertThat(row("InteractComp").hasNote()).isFalse();
        library.saveNotes(id, "Compare with WebShop.");
        assertThat(library.rows(List.of(id))).singleElement().satisfies(r -> assertThat(r.hasNote()).isTrue());
        assertThat(row("InteractComp").hasNote()).isTrue();
        library.saveNotes(id, "");
        assertThat(library.rows(List.of(id))).singleElement().satisfies(r -> assertThat(r.hasNote()).isFalse());
    }

    @Test
    void thePrimaryLinkIsThePapersOwnPageElseAnArxivTitleSearch() throws Exception {
        Paper arxiv = library.papers().stream().filter(p -> "2410.05434".equals(p.arxivId())).findFirst().orElseThrow();
        assertThat(PrimaryLink.of(arxiv)).isEqualTo("https://arxiv.org/abs/2410.05434");
        // A plain-text card: its only link is the code in its abstract, which is not the paper's page.
        Paper copied = paper("InteractComp");
        assertThat(copied.links()).containsExactly("https://github.com/FoundationAgents/InteractComp");
        assertThat(PrimaryLink.own(copied)).isEmpty();
        assertThat(PrimaryLink.of(copied)).isEqualTo("https://arxiv.org/search/?searchtype=title&query="
                + "%22InteractComp%3A+Evaluating+Search+Agents+With+Ambiguous+Queries%22");
    }
}
