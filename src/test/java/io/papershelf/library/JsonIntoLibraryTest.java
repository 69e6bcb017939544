package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.Highlight;
import io.papershelf.model.ImportResult;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;

/**
 * A Papershelf JSON export imported into the library that already holds its papers fills in the notes, tags and
 * highlights the library lacks, and never overwrites or removes what the user has now.
 */
class JsonIntoLibraryTest extends LibraryTestBase {
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);

    private long idOf(String titleStart) throws LibraryException {
        return library.papers().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow().id();
    }

    @Test
    void anExportFillsInWhatTheLibraryLacksAndOverwritesNothing() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), SAVED);
        long rewritten = idOf("LowFER");
        long emptied = idOf("The Collaboration Gap");
        long untagged = idOf("InteractComp");
        library.saveNotes(rewritten, "Notes in the export.");
        library.setRead(List.of(rewritten), true);
        library.addTag(List.of(rewritten, untagged), "graphs");
        library.saveNotes(emptied, "Notes only the export still has.");
        library.addHighlight(emptied, Highlight.Field.ABSTRACT, 0, 20, 1);
        StringWriter json = new StringWriter();
        library.exportJson(json);
        Path export = TestFiles.write(dir.resolve("library.json"), json.toString());

        // Since the export: notes rewritten, a paper marked unread, a tag taken off, notes and highlight deleted.
        library.saveNotes(rewritten, "Notes written after the export.");
        library.setRead(List.of(rewritten), false);
        library.addTag(List.of(rewritten), "newer");
        library.removeTag(List.of(untagged), "graphs");
        library.saveNotes(emptied, "");
        library.deleteHighlight(library.paper(emptied).orElseThrow().highlights().get(0).id());

        ImportResult r = library.importFiles(List.of(export), null).get(0);
        assertThat(r.added()).isZero();
        assertThat(r.updated()).as("the two papers that lacked something").isEqualTo(2);
        Paper p = library.paper(rewritten).orElseThrow();
        assertThat(p.notes()).isEqualTo("Notes written after the export.");
        assertThat(p.read()).isFalse();
        assertThat(p.tags()).containsExactlyInAnyOrder("graphs", "newer");
        assertThat(library.paper(untagged).orElseThrow().tags()).containsExactly("graphs");
        Paper e = library.paper(emptied).orElseThrow();
        assertThat(e.notes()).isEqualTo("Notes only the export still has.");
        assertThat(e.highlights()).singleElement().satisfies(h -> assertThat(h.start()).isZero());
        assertThat(library.rows(PaperFilter.ALL.withQuery("export still"))).extracting(row -> row.id())
                .containsExactly(emptied);

        // A second time: nothing is lacking any more.
        assertThat(library.importFiles(List.of(export), null).get(0).updated()).isZero();
        assertThat(library.paper(emptied).orElseThrow().highlights()).hasSize(1);
    }
}
