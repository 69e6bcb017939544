package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/** The list rows a library keeps between queries never hide a change, whoever made it. */
class RowCacheTest {
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);

    @TempDir
    Path dir;

    private static PaperRow row(Library library, long id) throws LibraryException {
        return library.rows(PaperFilter.ALL).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void changesByAnotherLibraryOnTheSameFileShowInTheRows() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library shown = Library.open(file); Library other = Library.open(file)) {
            shown.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), SAVED);
            long id = shown.rows(PaperFilter.ALL).get(3).id();
            assertThat(row(shown, id).read()).isFalse();

            other.setRead(List.of(id), true);
            other.addTag(List.of(id), "later");
            assertThat(row(shown, id).read()).isTrue();
            assertThat(row(shown, id).tags()).containsExactly("later");
            assertThat(shown.rows(PaperFilter.ALL.withReadState(ReadState.READ))).extracting(PaperRow::id)
                    .containsExactly(id);

            other.renameTag("later", "soon");
            assertThat(row(shown, id).tags()).containsExactly("soon");
            assertThat(shown.rows(PaperFilter.ALL.withTag("soon"))).extracting(PaperRow::id).containsExactly(id);
        }
    }

    @Test
    void aPaperDeletedForGoodLeavesNoRowBehindForTheNextPaperWithItsId() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), SAVED);
            PaperRow last = library.rows(PaperFilter.ALL).stream().max(Comparator.comparingLong(PaperRow::id))
                    .orElseThrow();
            library.trash(List.of(last.id()));
            assertThat(library.rows(PaperFilter.ALL.withQuery("").withReadState(ReadState.ALL))).doesNotContain(last);
            library.emptyTrash();
            library.importFiles(List.of(TestFiles.copy(TestFiles.WITH_LINKS, dir)), SAVED);
            PaperRow reused = row(library, last.id()); // SQLite gives the highest id again once it is free
            assertThat(reused.title()).isNotEqualTo(last.title());
            assertThat(library.paper(last.id()).orElseThrow().title()).isEqualTo(reused.title());
        }
    }

    @Test
    void theFirstPageIsTheStartOfTheWholeList() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), SAVED);
            for (PaperFilter f : List.of(PaperFilter.ALL, PaperFilter.ALL.withQuery("learning"),
                    PaperFilter.ALL.withQuery("gr ne"), PaperFilter.ALL.withReadState(ReadState.UNREAD).withQuery("mo"))) {
                List<PaperRow> all = library.rows(f);
                assertThat(all).as(f.query()).hasSizeGreaterThan(5);
                assertThat(library.rows(f, 5)).as(f.query()).isEqualTo(all.subList(0, 5));
            }
        }
    }
}
