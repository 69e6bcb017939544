package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;

/**
 * An import into a library that held no paper asks the database only for ids and keys it has written itself
 * ({@link NewPapers}). Files that bring the same work again, by title, by arXiv id or by DOI, must merge exactly
 * as when each file is imported into a library that already holds the others.
 */
class FirstImportTest extends LibraryTestBase {
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    @Override
    Clock clock() {
        return CLOCK;
    }

    private List<Path> files() {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        // By title: a card of the sample, now with its arXiv id.
        Path byTitle = TestFiles.write(dir.resolve("daily_papers.json"), """
                [{"paper": {"id": "2511.02687", "title": "The Collaboration Gap", "upvotes": 17,
                  "summary": "The trajectory of AI development suggests that we will increasingly rely on agents."}}]
                """);
        // By arXiv id: the same paper under another title spelling.
        Path byArxiv = TestFiles.write(dir.resolve("search.json"), """
                [{"paper": {"id": "2511.02687", "title": "The collaboration gap (revised)", "upvotes": 20}}]
                """);
        // By DOI: a new paper, then the same DOI under another title.
        Path doiFirst = TestFiles.write(dir.resolve("first.bib"), """
                @article{one, title = {A Paper Papershelf Has Not Seen}, author = {Doe, Jane}, year = {2024},
                  doi = {10.1234/unseen.5678}}
                """);
        Path doiAgain = TestFiles.write(dir.resolve("again.bib"), """
                @article{two, title = {Unseen: the journal version}, author = {Doe, Jane}, year = {2025},
                  doi = {https://doi.org/10.1234/UNSEEN.5678}}
                """);
        return List.of(sample, byTitle, byArxiv, doiFirst, doiAgain);
    }

    @Test
    void filesOfOneImportMergeAsTheyWouldOneAfterTheOther() throws Exception {
        List<Path> files = files();
        List<ImportResult> together = library.importFiles(files, SAVED);
        assertThat(together).extracting(ImportResult::added).containsExactly(50, 0, 0, 1, 0);
        assertThat(together).extracting(ImportResult::updated).containsExactly(0, 1, 1, 0, 0); // the journal version adds nothing the first did not have
        String oneImport = papers(library);

        try (Library separately = Library.open(dir.resolve("separately.db"), CLOCK)) {
            for (Path f : files) {
                separately.importFiles(List.of(f), SAVED);
            }
            assertThat(oneImport).isEqualTo(papers(separately));
        }
        assertThat(library.rows(PaperFilter.ALL)).hasSize(51);
    }

    private static String papers(Library library) throws Exception {
        return library.rows(PaperFilter.ALL).stream()
                .map(r -> {
                    try {
                        Paper p = library.paper(r.id()).orElseThrow();
                        return p.title() + " | " + p.arxivId() + " | " + p.bibliographic().doi() + " | " + p.upvotes();
                    } catch (LibraryException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted().collect(Collectors.joining("\n"));
    }
}
