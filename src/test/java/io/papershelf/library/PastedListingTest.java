package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.TestFiles;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.PaperFilter;

/** A listing pasted from the clipboard: read like a file, named after the minute it was pasted. */
class PastedListingTest extends LibraryTestBase {
    /** 21:30 in Paris on 1 December 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T20:30:00Z"), ZoneId.of("Europe/Paris"));

    @Override
    Clock clock() {
        return CLOCK;
    }

    @Test
    void thePageCopiedAsTextImportsUnderThePasteName() throws Exception {
        ImportOutcome outcome = library.importPasted(null, TestFiles.text(TestFiles.DAILY));
        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.result().fileName()).isEqualTo("Pasted 2026-12-01 21:30");
        assertThat(outcome.result().added()).isEqualTo(50);
        assertThat(library.listings()).singleElement().satisfies(l -> {
            assertThat(l.fileName()).isEqualTo("Pasted 2026-12-01 21:30");
            assertThat(l.count()).isEqualTo(50);
        });
        // That name is the file name everywhere, the JSON export's sources included.
        StringWriter json = new StringWriter();
        library.exportJson(json);
        JsonNode papers = new ObjectMapper().readTree(json.toString()).path("papers");
        assertThat(papers).hasSize(50);
        assertThat(papers.get(0).path("sources").get(0).path("file").asText()).isEqualTo("Pasted 2026-12-01 21:30");
    }

    @Test
    void htmlWithTheCardsIsPreferredToTheText() throws Exception {
        ImportOutcome outcome = library.importPasted(TestFiles.text(TestFiles.HTML_CARD), "Some text that is not a listing");
        assertThat(outcome.result().added()).isEqualTo(1);
        assertThat(outcome.result().format()).isEqualTo("Hugging Face HTML page");
        assertThat(library.paper(library.rows(PaperFilter.ALL).get(0).id()).orElseThrow().arxivId()).isNotBlank();
    }

    @Test
    void htmlWithoutCardsFallsBackToTheText() throws Exception {
        String fragment = "<html><body><!--StartFragment--><h3>How Many Heads Make an SSM?</h3><p>Sequence modeling"
                + "</p><!--EndFragment--></body></html>";
        ImportOutcome outcome = library.importPasted(fragment, TestFiles.text(TestFiles.DAILY));
        assertThat(outcome.result().added()).isEqualTo(50);
        assertThat(outcome.result().format()).isEqualTo("Hugging Face text");
    }

    @Test
    void aClipboardWithoutAListingIsOneSentenceAndChangesNothing() throws Exception {
        for (String[] clip : List.of(new String[] {null, "Dear all, the meeting moves to Thursday."},
                new String[] {"<p>hello</p>", ""}, new String[] {null, null})) {
            ImportOutcome outcome = library.importPasted(clip[0], clip[1]);
            assertThat(outcome.imported()).isFalse();
            assertThat(outcome.refusal()).isEqualTo("The clipboard holds no listing: copy a whole listing page "
                    + "(Ctrl+A, then Ctrl+C in the browser) and paste again.");
        }
        assertThat(library.rows(PaperFilter.ALL)).isEmpty();
        assertThat(library.listings()).isEmpty();
    }

    @Test
    void aDamagedListingIsRefusedNamingThePasteAndNothingChanges() throws Exception {
        String json = TestFiles.text("api-daily-papers.json");
        ImportOutcome outcome = library.importPasted(null, json.substring(0, json.length() / 2));
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.refusal()).startsWith("Pasted 2026-12-01 21:30");
        assertThat(library.rows(PaperFilter.ALL)).isEmpty();
    }

    @Test
    void theSampleImportsMarkedAsTheSampleAndCanBeRemoved() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.WITH_LINKS, dir)), null);
        assertThat(library.importSample().added()).isEqualTo(50);
        var sample = library.listings().stream().filter(l -> SampleListing.isSample(l.fileName())).findFirst().orElseThrow();
        assertThat(sample.count()).isEqualTo(50);
        assertThat(sample.listingDate()).hasToString("2026-05-20");

        List<Long> trashed = library.removeListing(sample.id());
        assertThat(trashed).hasSize(50);
        assertThat(library.listings()).extracting(l -> l.fileName()).containsExactly(TestFiles.WITH_LINKS);
        assertThat(library.counts().trash()).isEqualTo(50);
        assertThat(library.rows(PaperFilter.ALL)).hasSize(9);
        StringWriter csv = new StringWriter();
        library.export(ExportFormat.CSV, null, csv);
        assertThat(csv.toString()).doesNotContain("How Many Heads Make an SSM");
    }
}
