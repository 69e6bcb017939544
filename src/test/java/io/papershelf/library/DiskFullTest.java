package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.reliability.GeneratedListing;
import io.papershelf.reliability.TinyDisk;

/**
 * An import or a note that cannot be written: the change is refused in one sentence and the library is
 * exactly as it was. The disk is full in two ways: SQLite told that the file may not grow (runs
 * everywhere), and a real 3 MB disk filled to the last byte or made read-only (Linux as root).
 */
class DiskFullTest {
    private static final LocalDate DATE = LocalDate.of(2026, 5, 20);

    @TempDir
    Path dir;

    private static String fingerprint(Library library) throws Exception {
        StringWriter out = new StringWriter();
        library.exportJson(out);
        return out.toString().replaceAll("\"exportedAt\" : \"[^\"]+\"", "") + library.listings();
    }

    private static String integrity(Library library) throws Exception {
        try (Statement s = library.database().connection().createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    @Test
    void aFileThatMayNotGrowRefusesTheImportAndTheNoteAndKeepsTheLibrary() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
            long id = library.papers().get(0).id();
            library.saveNotes(id, "saved before the disk filled up");
            String before = fingerprint(library);
            try (Statement s = library.database().connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + pageCount(library)); // as if the disk were full now
            }
            Path big = GeneratedListing.write(dir.resolve("big.txt"), "full", 3000);
            assertThatThrownBy(() -> library.importFile(big, DATE)).isInstanceOf(LibraryException.class)
                    .hasMessageStartingWith("Could not import in the library " + library.file())
                    .hasMessageContaining("full")
                    .hasMessageEndingWith("; nothing was changed.").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> library.saveNotes(id, "x".repeat(200_000)))
                    .hasMessageStartingWith("Could not save the note in the library ").hasMessageContaining("full");
            assertThat(fingerprint(library)).isEqualTo(before);
            assertThat(integrity(library)).isEqualTo("ok");
        }
    }

    private static long pageCount(Library library) throws Exception {
        try (Statement s = library.database().connection().createStatement();
             var rs = s.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aRealDiskFilledToTheLastByteRefusesAndAcceptsAgainOnceThereIsRoom() throws Exception {
        try (TinyDisk disk = TinyDisk.mountOrSkip(dir.resolve("disk"), 3, getClass().getSimpleName())) {
            Path big = GeneratedListing.write(dir.resolve("big.txt"), "full", 3000);
            try (Library library = Library.open(disk.path().resolve("library.db"))) {
                library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
                long id = library.papers().get(0).id();
                library.saveNotes(id, "saved before the disk filled up");
                String before = fingerprint(library);
                disk.fill();

                assertThatThrownBy(() -> library.importFile(big, DATE)).isInstanceOf(LibraryException.class)
                        .hasMessageStartingWith("Could not import in the library ")
                        .hasMessageEndingWith("; nothing was changed.").hasMessageNotContaining("\n");
                assertThatThrownBy(() -> library.saveNotes(id, "typed while the disk was full " + "x".repeat(100_000)))
                        .isInstanceOf(LibraryException.class)
                        .hasMessageStartingWith("Could not save the note in the library ");
                assertThat(fingerprint(library)).isEqualTo(before);
                assertThat(integrity(library)).isEqualTo("ok");

                disk.free();
                library.saveNotes(id, "typed while the disk was full, saved once there was room");
                assertThat(library.paper(id).orElseThrow().notes()).endsWith("saved once there was room");
            }
        }
    }

    @Test
    void aLibraryThatBecomesReadOnlyRefusesTheNoteAndTheImportAndKeepsTheLibrary() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
            long id = library.papers().get(0).id();
            String before = fingerprint(library);
            try (Statement s = library.database().connection().createStatement()) {
                s.execute("PRAGMA query_only = ON"); // SQLite refuses every write, as on a read-only disk
            }
            assertThatThrownBy(() -> library.saveNotes(id, "typed on a read-only disk"))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageStartingWith("Could not save the note in the library ")
                    .hasMessageContaining("readonly")
                    .hasMessageEndingWith("; nothing was changed.");
            Path more = GeneratedListing.write(dir.resolve("more.txt"), "ro", 10);
            assertThatThrownBy(() -> library.importFile(more, DATE)).isInstanceOf(LibraryException.class)
                    .hasMessageEndingWith("; nothing was changed.");
            assertThat(fingerprint(library)).isEqualTo(before);
        }
    }

    @Test
    void aLibraryInAReadOnlyFolderIsRefusedAtOnceInWords() throws Exception {
        try (TinyDisk disk = TinyDisk.mountOrSkip(dir.resolve("disk"), 8, getClass().getSimpleName())) {
            Path file = disk.path().resolve("library.db");
            try (Library library = Library.open(file)) {
                library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            disk.readOnly(true);
            try {
                assertThatThrownBy(() -> Library.open(file)).isInstanceOfSatisfying(LibraryOpenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(LibraryOpenException.Problem.UNAVAILABLE);
                    assertThat(e.problem().restorable()).isFalse();
                }).hasMessage("The library " + file + " cannot be changed: the file is read-only, so notes and imports "
                        + "could not be saved; copy it to a folder you can write to, or open another library. It was "
                        + "left untouched.");
                assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(bytes);
            } finally {
                disk.readOnly(false);
            }
        }
    }
}
