package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.listing.ListingException;
import io.papershelf.model.ImportResult;
import io.papershelf.model.LibraryCounts;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

class LibraryTest extends LibraryTestBase {
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    Path sample;

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() throws Exception {
        sample = TestFiles.copy(TestFiles.DAILY, dir);
    }

    private long idOf(String titleStart) throws LibraryException {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.title().startsWith(titleStart))
                .findFirst().orElseThrow().id();
    }

    @Test
    void importsTheSampleAndReimportingAddsNothing() throws Exception {
        List<ImportResult> first = library.importFiles(List.of(sample), SAVED);
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.summary()).isEqualTo("Imported daily-papers-search-2026-05-20.txt: 50 papers (50 new, 0 updated, 0 unchanged)");
        });
        List<ImportResult> again = library.importFiles(List.of(sample), SAVED);
        assertThat(again.get(0).added()).isZero();
        assertThat(again.get(0).updated()).isZero();
        assertThat(again.get(0).unchanged()).isEqualTo(50);
        assertThat(library.rows(PaperFilter.ALL)).hasSize(50);
        assertThat(library.listings()).singleElement().satisfies(l -> {
            assertThat(l.fileName()).isEqualTo(TestFiles.DAILY);
            assertThat(l.listingDate()).isEqualTo(SAVED);
            assertThat(l.count()).isEqualTo(50);
        });
    }

    @Test
    void storesEveryFieldOfACard() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        Paper p = library.paper(idOf("InteractComp")).orElseThrow();
        assertThat(p.authorCount()).isEqualTo(25);
        assertThat(p.published().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(p.comments()).isEqualTo(2);
        assertThat(p.upvotes()).isNull();
        assertThat(p.githubUrls()).containsExactly("https://github.com/FoundationAgents/InteractComp");
        assertThat(p.read()).isFalse();
        assertThat(p.addedAt()).isEqualTo(CLOCK.instant());
        assertThat(p.sources()).singleElement().satisfies(s -> assertThat(s.listingDate()).isEqualTo(SAVED));
        assertThat(p.byline()).isEqualTo("25 authors");
    }

    @Test
    void reimportNeverTouchesReadStateTagsOrNotes() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("The Collaboration Gap");
        library.setRead(List.of(id), true);
        library.addTag(List.of(id), "agents");
        library.saveNotes(id, "Read section 3 again.\nCompare with Magentic-One.");
        // The same file (nothing to merge) and a later copy whose card of this paper changes: the merge runs.
        Path later = TestFiles.write(dir.resolve("later.txt"),
                TestFiles.text(TestFiles.DAILY).replace("Nov 4, 2025 2", "Nov 4, 2025 9"));
        for (Path file : List.of(sample, later)) {
            ImportResult r = library.importFiles(List.of(file), SAVED).get(0);
            assertThat(r.updated()).as(file.getFileName().toString()).isEqualTo(file == later ? 1 : 0);
            Paper p = library.paper(id).orElseThrow();
            assertThat(p.read()).as(file.getFileName().toString()).isTrue();
            assertThat(p.readAt()).isEqualTo(CLOCK.instant());
            assertThat(p.tags()).containsExactly("agents");
            assertThat(p.notes()).isEqualTo("Read section 3 again.\nCompare with Magentic-One.");
        }
        assertThat(library.paper(id).orElseThrow().comments()).as("the later card was merged").isEqualTo(9);
    }

    @Test
    void reimportUpdatesWhatTheListingKnowsAndFillsWhatWasMissing() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("The Collaboration Gap");
        library.setRead(List.of(id), true);
        // A later copy: more comments and a longer abstract; another spelling of a title.
        String later = TestFiles.text(TestFiles.DAILY)
                .replace("Nov 4, 2025 2", "Nov 4, 2025 9")
                .replace("applies to AI-AI and human-AI collaboration.\n",
                        "applies to AI-AI and human-AI collaboration. Code and mazes are released as Zanzibar.\n")
                .replace("MeepleLM: A Virtual Playtester Simulating Diverse Subjective Experiences\n\n"
                        + "Recent advancements", "MEEPLELM - a virtual playtester simulating diverse subjective experiences\n\nRecent advancements");
        Path laterFile = TestFiles.write(dir.resolve("later.txt"), later);
        ImportResult r = library.importFiles(List.of(laterFile), SAVED).get(0);
        assertThat(r.added()).isZero();
        assertThat(r.updated()).isEqualTo(1);
        Paper p = library.paper(id).orElseThrow();
        assertThat(p.comments()).isEqualTo(9);
        assertThat(p.abstractText()).endsWith("released as Zanzibar.");
        assertThat(library.rows(PaperFilter.ALL.withQuery("zanzibar"))).as("the merged abstract is searchable")
                .extracting(PaperRow::id).containsExactly(id);
        assertThat(p.read()).isTrue();
        assertThat(p.sources()).extracting(s -> s.fileName()).containsExactlyInAnyOrder(TestFiles.DAILY, "later.txt");
        // Same paper by normalised title: case, punctuation and spacing folded.
        assertThat(library.rows(PaperFilter.ALL)).hasSize(50);
    }

    @Test
    void anImportIsAllOrNothing() throws Exception {
        Path bad = TestFiles.write(dir.resolve("notes.txt"), "Shopping list\n\nmilk\n");
        assertThatThrownBy(() -> library.importFiles(List.of(sample, bad), SAVED))
                .isInstanceOf(ListingException.class).hasMessageStartingWith("notes.txt: ");
        assertThat(library.rows(PaperFilter.ALL)).isEmpty();
        assertThat(library.listings()).isEmpty();
    }

    @Test
    void filtersByReadStateTagCodeAndText() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long a = idOf("InteractComp");
        long b = idOf("Quantum Knowledge Graph");
        library.setRead(List.of(a), true);
        library.addTag(List.of(a, b), "to cite");
        assertThat(library.rows(PaperFilter.ALL.withReadState(ReadState.UNREAD))).hasSize(49);
        assertThat(library.rows(PaperFilter.ALL.withReadState(ReadState.READ))).extracting(PaperRow::id).containsExactly(a);
        assertThat(library.rows(PaperFilter.ALL.withTag("to cite"))).extracting(PaperRow::id).containsExactlyInAnyOrder(a, b);
        assertThat(library.rows(new PaperFilter(ReadState.ALL, null, true, false, null, "", false))).hasSize(10);
        assertThat(library.rows(PaperFilter.ALL.withQuery("recommender"))).extracting(PaperRow::title)
                .contains("Personalized Denoising Implicit Feedback for Robust Recommender System");
        assertThat(library.rows(PaperFilter.ALL.withQuery("Microsoft"))).extracting(PaperRow::title)
                .containsExactly("The Collaboration Gap");
        assertThat(library.rows(PaperFilter.ALL.withQuery("to cite"))).hasSize(2);
        LibraryCounts counts = library.counts();
        assertThat(counts).isEqualTo(new LibraryCounts(50, 49, 1, 10, 50, 0));
    }

    @Test
    void notesAreSearchable() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("LowFER");
        library.saveNotes(id, "Zebrafish connectome idea");
        assertThat(library.rows(PaperFilter.ALL.withQuery("zebrafish"))).extracting(PaperRow::id).containsExactly(id);
        library.saveNotes(id, "something else");
        assertThat(library.rows(PaperFilter.ALL.withQuery("zebrafish"))).isEmpty();
        assertThat(library.rankedSearch("low rank bilinear", 5)).first().isEqualTo(id);
    }

    @Test
    void searchAcceptsAnyText() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        int all = library.rows(PaperFilter.ALL).size();
        for (String q : List.of("\"", "(", ")", "*", "-", "^", "\0", "🙂")) {
            assertThat(library.rows(PaperFilter.ALL.withQuery(q))).as("nothing to search for in " + q).hasSize(all);
            assertThat(library.rankedSearch(q, 10)).as(q).isEmpty();
        }
        SearchOracle oracle = new SearchOracle(library.papers());
        for (String q : List.of("AND", "OR NOT", "NEAR(a b)", "title:x", "\"unterminated", "a\"b*c", "{col}: x",
                "agents AND NOT", "graph*", "recommend^er")) {
            List<Long> found = library.rows(PaperFilter.ALL.withQuery(q)).stream().map(PaperRow::id).toList();
            assertThat(found).as("the papers holding the words of " + q).containsExactlyInAnyOrderElementsOf(
                    oracle.matches(q).orElseThrow());
            assertThat(library.rankedSearch(q, 10)).as(q).hasSize(Math.min(10, found.size()));
        }
        assertThat(library.rows(PaperFilter.ALL.withQuery("AND"))).as("AND is a word, not an operator").isNotEmpty();
        assertThat(library.rows(PaperFilter.ALL.withQuery("ß漢字"))).isEmpty();
        assertThat(library.rows(PaperFilter.ALL.withQuery("\"Collaboration Gap\""))).extracting(PaperRow::title)
                .contains("The Collaboration Gap");
    }

    @Test
    void tagsCanBeRenamedMergedColouredAndDeleted() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long a = idOf("InteractComp");
        long b = idOf("LowFER");
        library.addTag(List.of(a), "agents");
        library.addTag(List.of(b), "graphs");
        library.renameTag("agents", "Xylo & tools");
        assertThat(library.paper(a).orElseThrow().tags()).containsExactly("Xylo & tools");
        library.renameTag("graphs", "xylo & TOOLS");
        assertThat(library.tags()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Xylo & tools");
            assertThat(t.count()).isEqualTo(2);
        });
        library.setTagColor("Xylo & tools", "#3B82F6");
        assertThat(library.tags().get(0).color()).isEqualTo("#3b82f6");
        assertThatThrownBy(() -> library.setTagColor("Xylo & tools", "red; background: url(x)"))
                .isInstanceOf(IllegalArgumentException.class);
        library.deleteTag("Xylo & tools");
        assertThat(library.tags()).isEmpty();
        assertThat(library.paper(b).orElseThrow().tags()).isEmpty();
        assertThat(library.rows(PaperFilter.ALL.withQuery("xylo"))).isEmpty();
    }

    @Test
    void trashHidesPapersUntilRestoredOrEmptied() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long a = idOf("InteractComp");
        library.addTag(List.of(a, idOf("LowFER")), "kept");
        library.trash(List.of(a));
        assertThat(library.rows(PaperFilter.ALL)).hasSize(49);
        assertThat(library.counts().trash()).isEqualTo(1);
        assertThat(library.listings()).singleElement().satisfies(l -> assertThat(l.count()).isEqualTo(49));
        assertThat(library.tags()).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        library.restore(List.of(a));
        assertThat(library.rows(PaperFilter.ALL)).hasSize(50);
        library.trash(List.of(a));
        assertThat(library.emptyTrash()).isEqualTo(1);
        assertThat(library.paper(a)).isEmpty();
        assertThat(library.rows(PaperFilter.ALL.withQuery("InteractComp"))).isEmpty();
    }

    @Test
    void exportThenRestoreIntoANewLibraryGivesTheSamePapers() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("The Collaboration Gap");
        library.setRead(List.of(id), true);
        library.addTag(List.of(id, idOf("LowFER")), "agents");
        library.saveNotes(id, "Notes with \"quotes\", unicode ✓ and\nnew lines.");
        StringWriter json = new StringWriter();
        library.exportJson(json);
        Path backup = TestFiles.write(dir.resolve("library.json"), json.toString());

        try (Library restored = Library.open(dir.resolve("restored.db"), CLOCK)) {
            ImportResult r = restored.importFiles(List.of(backup), null).get(0);
            assertThat(r.added()).isEqualTo(50);
            assertThat(r.format()).isEqualTo("Papershelf JSON");
            List<Paper> before = library.papers();
            List<Paper> after = restored.papers();
            assertThat(after).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyElementsOf(before);
            assertThat(restored.listings()).extracting(l -> l.fileName()).containsExactly(TestFiles.DAILY);
            // Restoring twice adds nothing.
            assertThat(restored.importFiles(List.of(backup), null).get(0).added()).isZero();
        }
        assertThat(Files.readString(backup, StandardCharsets.UTF_8)).contains("\"format\" : \"papershelf\"");
    }

    @Test
    void theSamePaperFromAnotherShapeIsEnrichedNotDuplicated() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("The Collaboration Gap");
        library.setRead(List.of(id), true);
        library.addTag(List.of(id), "agents");
        library.saveNotes(id, "Keep.");
        String api = """
                [{"paper": {"id": "2511.02687", "title": "The Collaboration Gap",
                  "summary": "The trajectory of AI development suggests that we will increasingly rely on agent-based systems.",
                  "upvotes": 17, "githubRepo": "https://github.com/microsoft/collaboration-gap",
                  "publishedAt": "2025-11-04T00:00:00.000Z", "authors": [{"name": "Tim R. Davidson"}]},
                  "numComments": 3, "organization": {"name": "MicrosoftResearch", "fullname": "Microsoft Research"}}]
                """;
        Path json = TestFiles.write(dir.resolve("daily_papers.json"), api);
        ImportResult r = library.importFiles(List.of(json), SAVED).get(0);
        assertThat(r.added()).isZero();
        assertThat(r.updated()).isEqualTo(1);
        Paper p = library.paper(id).orElseThrow();
        assertThat(p.arxivId()).isEqualTo("2511.02687");
        assertThat(p.upvotes()).isEqualTo(17);
        assertThat(p.comments()).isEqualTo(3);
        assertThat(p.githubUrls()).containsExactly("https://github.com/microsoft/collaboration-gap");
        assertThat(p.authors()).containsExactly("Tim R. Davidson");
        assertThat(p.read()).isTrue();
        assertThat(p.tags()).containsExactly("agents");
        assertThat(p.notes()).isEqualTo("Keep.");
        assertThat(library.rows(PaperFilter.ALL)).hasSize(50);
        // Now known by its arXiv id: a later card with another title spelling still matches.
        assertThat(library.rows(new PaperFilter(ReadState.ALL, null, true, false, null, "", false))).hasSize(11);
    }

    @Test
    void bibtexKeywordsBecomeSuggestedTagsNeverTags() throws Exception {
        library.importFiles(List.of(sample), SAVED);
        long id = idOf("LowFER");
        String bib = """
                @misc{lowfer2020,
                  title = {{LowFER}: Low-rank Bilinear Pooling for Link Prediction},
                  author = {Amin, Saadullah and others},
                  year = {2020},
                  keywords = {knowledge graphs, to read}
                }
                @article{new2024,
                  title = {A Paper Papershelf Has Not Seen},
                  author = {Doe, Jane},
                  year = {2024},
                  keywords = {knowledge graphs}
                }
                """;
        Path file = TestFiles.write(dir.resolve("zotero.bib"), bib);
        ImportResult r = library.importFiles(List.of(file), SAVED).get(0);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(library.paper(id).orElseThrow().tags()).isEmpty();
        assertThat(library.paper(id).orElseThrow().suggestedTags()).contains("knowledge graphs", "to read");
        long fresh = idOf("A Paper Papershelf Has Not Seen");
        assertThat(library.paper(fresh).orElseThrow().tags()).isEmpty();
        assertThat(library.paper(fresh).orElseThrow().suggestedTags()).containsExactly("knowledge graphs");
        assertThat(library.tags()).isEmpty();
    }
}
