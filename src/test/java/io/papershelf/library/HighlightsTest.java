package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;

/** Highlights in a real library file: made from the stored text, refused in words, searched, counted, backed up. */
class HighlightsTest extends LibraryTestBase {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    private Paper paper;

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        paper = library.papers().get(0);
    }

    @Test
    void aHighlightTakesItsQuoteFromTheLibraryWithoutTheBlanksAtItsEnds() throws Exception {
        String text = paper.abstractText();
        int space = text.indexOf(' ', 10);
        int nextSpace = text.indexOf(' ', space + 20);
        Highlight h = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, space, nextSpace + 1, 2);
        assertThat(h.quote()).isEqualTo(text.substring(space + 1, nextSpace)).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(h.start()).isEqualTo(space + 1);
        library.setHighlightComment(h.id(), "Compare with Mamba.");
        Paper again = library.paper(paper.id()).orElseThrow();
        assertThat(again.highlights()).singleElement().satisfies(x -> {
            assertThat(x.comment()).isEqualTo("Compare with Mamba.");
            assertThat(x.color()).isEqualTo(2);
            assertThat(x.createdAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void anEmptyAnOverlappingOrAnOutsideSelectionIsRefusedInWordsAndNothingChanges() throws Exception {
        Highlight first = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 30, 0);
        assertThatThrownBy(() -> library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 20, 50, 1))
                .isInstanceOf(AnnotationRefused.class)
                .hasMessageStartingWith("This passage overlaps the highlight \"" + first.quote().strip());
        assertThatThrownBy(() -> library.addHighlight(paper.id(), Highlight.Field.TITLE, 3, 3, 0))
                .isInstanceOf(AnnotationRefused.class)
                .hasMessage("Select a passage of the title first (with the mouse, or Shift and the arrow keys); "
                        + "nothing was highlighted.");
        int length = paper.abstractText().length();
        assertThatThrownBy(() -> library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, length, length + 5, 0))
                .isInstanceOf(AnnotationRefused.class).hasMessageContaining("no longer inside the abstract");
        // The same passage of the title does not overlap one of the abstract.
        library.addHighlight(paper.id(), Highlight.Field.TITLE, 0, 5, 3);
        assertThat(library.paper(paper.id()).orElseThrow().highlights()).hasSize(2);
    }

    @Test
    void aCommentOfAMegabyteIsRefusedAndTheStoredCommentStays() throws Exception {
        Highlight h = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 0);
        library.setHighlightComment(h.id(), "short");
        String huge = "x".repeat(1 << 20);
        assertThatThrownBy(() -> library.setHighlightComment(h.id(), huge))
                .isInstanceOf(AnnotationRefused.class)
                .hasMessage("A comment holds at most 10,000 characters and this one has 1,048,576; it was not saved "
                        + "and is still in its field: shorten it, or put the long text in the note.");
        assertThat(library.paper(paper.id()).orElseThrow().highlights().get(0).comment()).isEqualTo("short");
    }

    @Test
    void deleteThenRestoreGivesTheSameHighlightBack() throws Exception {
        Highlight h = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 1);
        library.setHighlightComment(h.id(), "why?");
        Highlight deleted = library.deleteHighlight(h.id());
        assertThat(library.paper(paper.id()).orElseThrow().highlights()).isEmpty();
        library.restoreHighlight(paper.id(), deleted);
        assertThat(library.paper(paper.id()).orElseThrow().highlights()).containsExactly(deleted);
        library.restoreHighlight(paper.id(), deleted); // twice is once
        assertThat(library.paper(paper.id()).orElseThrow().highlights()).hasSize(1);
    }

    @Test
    void searchFindsHighlightedTextAndCommentsAndAnnotatedCountsNotesAndHighlights() throws Exception {
        assertThat(library.rows(PaperFilter.ALL.withQuery("zanzibarian"))).isEmpty();
        Highlight h = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 0);
        library.setHighlightComment(h.id(), "zanzibarian idea");
        assertThat(library.rows(PaperFilter.ALL.withQuery("zanzibarian"))).extracting(r -> r.id())
                .containsExactly(paper.id());
        Paper other = library.papers().get(1);
        library.saveNotes(other.id(), "A note.");
        assertThat(library.counts().annotated()).isEqualTo(2);
        assertThat(library.rows(PaperFilter.ANNOTATED)).extracting(r -> r.id()).containsExactly(paper.id(), other.id());
        library.deleteHighlight(h.id());
        assertThat(library.rows(PaperFilter.ALL.withQuery("zanzibarian"))).isEmpty();
        assertThat(library.counts().annotated()).isEqualTo(1);
        library.trash(List.of(other.id()));
        assertThat(library.counts().annotated()).isZero();
    }

    @Test
    void colourNamesCanBeChangedAndAreCheckedInWords() throws Exception {
        assertThat(library.highlightColors()).isEqualTo(HighlightColors.DEFAULT);
        library.renameHighlightColor(1, "  To   check ");
        assertThat(library.highlightColors().names()).containsExactly("Important", "To check", "Method", "Result");
        assertThatThrownBy(() -> library.renameHighlightColor(2, " ")).isInstanceOf(AnnotationRefused.class)
                .hasMessage("A colour's name is 1 to 40 characters; \"\" was not taken.");
    }

    @Test
    void aJsonBackupBringsItsColourNamesWhereTheLibraryKeptTheDefaults() throws Exception {
        library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 1);
        library.renameHighlightColor(1, "To check");
        library.renameHighlightColor(3, "Weak spot");
        StringWriter json = new StringWriter();
        library.exportJson(json);
        Path backup = TestFiles.write(dir.resolve("backup.json"), json.toString());
        try (Library restored = Library.open(dir.resolve("new.db"), CLOCK)) {
            restored.importFiles(List.of(backup), null);
            assertThat(restored.highlightColors()).isEqualTo(library.highlightColors());
        }
        try (Library own = Library.open(dir.resolve("own.db"), CLOCK)) {
            own.renameHighlightColor(1, "Doubtful");
            own.importFiles(List.of(backup), null);
            assertThat(own.highlightColors().names()).as("a name given in this library is kept")
                    .containsExactly("Important", "Doubtful", "Method", "Weak spot");
        }
    }

    @Test
    void aJsonExportImportedIntoANewLibraryGivesEqualPapersHighlightsIncluded() throws Exception {
        Highlight h = library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 3);
        library.setHighlightComment(h.id(), "Key claim.");
        library.addHighlight(paper.id(), Highlight.Field.TITLE, 0, 8, 1);
        library.saveNotes(paper.id(), "# Heading\n- [ ] read it");
        StringWriter json = new StringWriter();
        library.exportJson(json);
        assertThat(json.toString()).contains("\"version\" : 3", "\"highlightColors\" : [ \"Important\"",
                "\"colorName\" : \"Result\"", "\"comment\" : \"Key claim.\"");
        Path backup = TestFiles.write(dir.resolve("backup.json"), json.toString());
        try (Library restored = Library.open(dir.resolve("new.db"), CLOCK)) {
            restored.importFiles(List.of(backup), null);
            assertThat(restored.papers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "sources",
                    "highlights.id").containsExactlyElementsOf(library.papers());
            // Importing the backup again adds no second copy of a highlight.
            restored.importFiles(List.of(backup), null);
            assertThat(restored.papers().get(0).highlights()).hasSize(2);
        }
    }

    @Test
    void aBackupFillsInHighlightsALibraryLacksAndKeepsItsOwn() throws Exception {
        library.addHighlight(paper.id(), Highlight.Field.ABSTRACT, 0, 20, 0);
        StringWriter json = new StringWriter();
        library.exportJson(json);
        Path backup = TestFiles.write(dir.resolve("backup.json"), json.toString());
        try (Library other = Library.open(dir.resolve("other.db"), CLOCK)) {
            other.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            long id = other.papers().get(0).id();
            other.addHighlight(id, Highlight.Field.ABSTRACT, 40, 60, 2);
            other.importFiles(List.of(backup), null);
            assertThat(other.paper(id).orElseThrow().highlights()).extracting(Highlight::color).containsExactly(2, 0);
        }
    }
}
