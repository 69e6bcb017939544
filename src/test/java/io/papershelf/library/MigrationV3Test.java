package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.Bibliographic;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;
import io.papershelf.model.Tag;

/**
 * A library written at schema 2 by the code before migration V3 (src/test/resources/db/schema2, see its README)
 * opens with everything the user had: papers, read state, notes, tags and their colour, the Trash, and the tags an
 * older BibTeX import applied from keywords.
 */
class MigrationV3Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path schema2Library() {
        return TestFiles.schema2Library(dir);
    }

    @Test
    void everythingTheUserHadIsKeptAndACopyIsTakenFirst() throws Exception {
        Path file = schema2Library();
        try (Library library = Library.open(file, CLOCK)) {
            List<Paper> papers = library.papers();
            assertThat(papers).hasSize(56); // 57, one in the Trash
            Paper first = library.paper(1).orElseThrow();
            assertThat(first.title()).isEqualTo("How Many Heads Make an SSM? A Unified Framework for Attention and "
                    + "State Space Models");
            assertThat(first.read()).isTrue();
            assertThat(first.notes()).isEqualTo("Read section 3 again.\nKeep the ablation table.");
            assertThat(first.tags()).containsExactly("to-cite");
            assertThat(first.bibliographic()).isEqualTo(Bibliographic.NONE);
            assertThat(first.summary()).isNull();
            assertThat(first.published()).isEqualTo(PublishedDate.of(LocalDate.of(2025, 12, 17)));
            assertThat(library.paper(3).orElseThrow().title()).isEqualTo("InteractComp: Evaluating Search Agents "
                    + "With Ambiguous Queries");
            assertThat(papers).extracting(Paper::id).doesNotContain(3L);
            assertThat(library.tags()).extracting(Tag::name).contains("to-cite", "fine-tuning", "adapters", "LLM",
                    "vision transformers", "distillation");
            assertThat(library.tags()).filteredOn(t -> t.name().equals("to-cite")).extracting(Tag::color)
                    .containsExactly("#3b82f6");
            assertThat(library.rows(io.papershelf.model.PaperFilter.ALL)).hasSize(56);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library.db.v2-"));
        }
    }

    @Test
    void theMigratedLibraryTakesTheNewFieldsAndItsOldTagsStay() throws Exception {
        Path file = schema2Library();
        try (Library library = Library.open(file, CLOCK)) {
            library.importFiles(List.of(TestFiles.copyReal(RealBibtexTest.DBLP, dir)), LocalDate.of(2026, 6, 1));
            assertThat(library.papers()).hasSize(56 + 38);
            Paper lora = library.papers().stream().filter(p -> "2106.09685".equals(p.arxivId())).findFirst().orElseThrow();
            assertThat(lora.tags()).contains("fine-tuning", "adapters", "LLM");
        }
        try (Library again = Library.open(file, CLOCK)) {
            assertThat(again.papers()).filteredOn(p -> p.bibliographic().doi() != null).hasSize(37);
        }
    }
}
