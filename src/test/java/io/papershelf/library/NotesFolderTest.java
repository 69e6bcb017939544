package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.papershelf.TestFiles;
import io.papershelf.export.NoteFile;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;

/** The notes folder: one file per annotated paper, updated in place, never touching a file it did not write. */
class NotesFolderTest extends LibraryTestBase {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    private Paper first;
    private Paper second;

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        first = library.papers().get(0);
        second = library.papers().get(1);
        library.saveNotes(first.id(), "First thoughts.");
        library.addHighlight(second.id(), Highlight.Field.ABSTRACT, 0, 25, 2);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void oneFilePerAnnotatedPaperThenUpdatesInPlace() throws Exception {
        Path out = dir.resolve("vault/papers");
        NotesExport done = library.exportNotes(null, out);
        assertThat(done.counts()).isEqualTo("2 new, 0 updated, 0 unchanged");
        Paper p1 = library.paper(first.id()).orElseThrow();
        Paper p2 = library.paper(second.id()).orElseThrow();
        String name1 = "How Many Heads Make an SSM A Unified Framework for Attention and State Space (anon2025many).md";
        assertThat(names(out)).containsExactly(name1, NoteFile.fileName(p2, "anon2024preference"));
        assertThat(Files.readString(out.resolve(name1))).isEqualTo(NoteFile.render(p1,
                library.highlightColors()));

        // The user renames the file in their vault; the next export updates it under its new name.
        Files.move(out.resolve(name1), out.resolve("My reading of it.md"));
        library.saveNotes(first.id(), "Second thoughts.");
        NotesExport again = library.exportNotes(null, out);
        assertThat(again.counts()).isEqualTo("0 new, 1 updated, 1 unchanged");
        assertThat(names(out)).contains("My reading of it.md").doesNotContain(name1);
        assertThat(Files.readString(out.resolve("My reading of it.md"))).contains("\nSecond thoughts.\n");
    }

    @Test
    void aFileItDidNotWriteIsNeverOverwrittenNorDeleted() throws Exception {
        Path out = Files.createDirectories(dir.resolve("vault"));
        Paper p1 = library.paper(first.id()).orElseThrow();
        String name = NoteFile.fileName(p1, "anon2025many");
        Files.writeString(out.resolve(name), "# My own note with the same name\n");
        Files.writeString(out.resolve("Index.md"), "---\ntitle: mine\n---\n");
        library.exportNotes(null, out);
        assertThat(Files.readString(out.resolve(name))).isEqualTo("# My own note with the same name\n");
        String stem = name.substring(0, name.length() - 3);
        assertThat(Files.readString(out.resolve(stem + " 2.md"))).contains("First thoughts.");
        assertThat(Files.readString(out.resolve("Index.md"))).isEqualTo("---\ntitle: mine\n---\n");
        // A paper no longer annotated keeps its file: an export never deletes.
        library.saveNotes(first.id(), "");
        library.exportNotes(null, out);
        assertThat(names(out)).contains(stem + " 2.md", name, "Index.md").hasSize(4);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedInWords() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.md"), "x");
        assertThatThrownBy(() -> library.exportNotes(null, file)).isInstanceOf(LibraryException.class)
                .hasMessage("Could not export notes to " + file.toAbsolutePath() + ": it is a file, and notes go into "
                        + "a folder (one Markdown file per paper); give a folder.");
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
