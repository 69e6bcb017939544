package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.model.Paper;
import io.papershelf.reliability.GeneratedListing;

/**
 * {@code restore --from} a Papershelf JSON export puts exactly the exported library in place (read state, tags,
 * notes, when papers were added and read), keeps the current file beside it, and no command leaves a lock file.
 */
class RestoreFromJsonTest {
    private static final Instant NOW = Instant.parse("2026-05-21T09:30:00Z");

    @TempDir
    Path dir;

    private Path lib() {
        return dir.resolve("library.db");
    }

    private CliRun run(String... args) {
        return CliRun.of(lib(), dir.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC), args);
    }


    /** Whatever a test did, nothing it ran left a lock file (or a half-built library) behind. */
    @AfterEach
    void noLockFileIsLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".lock") || n.contains("from-json"));
        }
    }

    /** The sample with one paper read, tagged and annotated, exported to backup.json; then 5 more papers imported. */
    private Path exportedThenChanged() throws Exception {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        assertThat(run("import", "--listing-date", "2026-05-20", sample.toString()).code()).isZero();
        try (Library library = Library.open(lib())) {
            long id = library.papers().stream().filter(p -> p.title().startsWith("LowFER")).findFirst().orElseThrow().id();
            library.setRead(List.of(id), true);
            library.addTag(List.of(id), "factorisation");
            library.saveNotes(id, "Compare with TuckER.");
            library.addHighlight(id, io.papershelf.model.Highlight.Field.ABSTRACT, 0, 20, 1);
            library.setHighlightComment(library.paper(id).orElseThrow().highlights().get(0).id(), "the claim");
        }
        Path json = dir.resolve("backup.json");
        assertThat(run("export", "--format", "json", "--output", json.toString()).code()).isZero();
        assertThat(run("import", GeneratedListing.write(dir.resolve("more.txt"), "later", 5).toString()).code()).isZero();
        assertThat(run("list").out().lines()).hasSize(55);
        return json;
    }

    @Test
    void restoringAJsonExportPutsBackExactlyWhatItHeld() throws Exception {
        Path json = exportedThenChanged();
        Paper before;
        try (Library library = Library.open(lib())) {
            before = library.papers().stream().filter(p -> p.title().startsWith("LowFER")).findFirst().orElseThrow();
        }

        CliRun restored = run("restore", "--from", json.toString());
        assertThat(restored.err()).isEmpty();
        assertThat(restored.code()).isZero();
        Path aside = dir.resolve("library.db.before-restore-20260521-093000").toAbsolutePath();
        assertThat(restored.out()).isEqualTo("Restored library.db from backup.json (50 papers); the previous file was kept as "
                + aside + ".\n");
        assertThat(run("list").out().lines()).hasSize(50);
        assertThat(run("list", "--read").out().lines()).singleElement().asString()
                .startsWith("LowFER").endsWith("\tread\tfactorisation");
        try (Library library = Library.open(lib())) {
            Paper after = library.papers().stream().filter(p -> p.title().startsWith("LowFER")).findFirst().orElseThrow();
            assertThat(after.notes()).isEqualTo("Compare with TuckER.");
            assertThat(after.highlights()).extracting(h -> h.quote(), h -> h.comment())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(before.highlights().get(0).quote(), "the claim"));
            assertThat(after.readAt()).isEqualTo(before.readAt());
            assertThat(after.addedAt()).isEqualTo(before.addedAt());
        }
        try (Library previous = Library.open(aside)) {
            assertThat(previous.counts().all()).isEqualTo(55);
        }
    }

    @Test
    void aListingIsNotABackupAndTheMessageNamesImport() throws Exception {
        Path json = exportedThenChanged();
        byte[] library = Files.readAllBytes(lib());
        Path listing = dir.resolve("more.txt");
        CliRun refused = run("restore", "--from", listing.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Cannot restore from " + listing + ": it is a listing (Hugging Face text), "
                + "not a Papershelf backup or JSON export; to add its papers to the library, run: "
                + "papershelf import " + listing);
        assertThat(Files.readAllBytes(lib())).isEqualTo(library);

        Files.write(json, Arrays.copyOf(Files.readAllBytes(json), 3000)); // cut short
        CliRun damaged = run("restore", "--from", json.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).startsWith("backup.json").doesNotContain("\n");
        assertThat(Files.readAllBytes(lib())).isEqualTo(library);
    }

    @Test
    void aTagTheWindowWouldRefuseIsRefusedInAnExportTooAndNothingChanges() throws Exception {
        Path json = exportedThenChanged();
        byte[] library = Files.readAllBytes(lib());
        String longTag = "x".repeat(61);
        Files.writeString(json, Files.readString(json).replace("\"factorisation\"", "\"" + longTag + "\""));
        CliRun refused = run("restore", "--from", json.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("backup.json").contains("paper ").contains("at most 60 characters")
                .doesNotContain("\n");
        assertThat(Files.readAllBytes(lib())).isEqualTo(library);

        // Whitespace in a tag is folded as the window folds it.
        Files.writeString(json, Files.readString(json).replace("\"" + longTag + "\"", "\"  deep\\n learning \""));
        assertThat(run("restore", "--from", json.toString()).code()).isZero();
        try (Library restored = Library.open(lib())) {
            assertThat(restored.tags()).extracting(t -> t.name()).containsExactly("deep learning");
        }
    }

    @Test
    void aCommandRefusedByAnOpenWindowLeavesTheWindowsLockFileAlone() throws Exception {
        Path json = exportedThenChanged();
        try (LibraryLock window = LibraryLock.acquire(lib())) {
            CliRun refused = run("restore", "--from", json.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).startsWith("The library " + lib().toAbsolutePath() + " is open in a Papershelf window");
            assertThat(window.file()).exists();
        }
        Files.delete(LibraryLock.lockFile(lib())); // the window's, which stays by design (decision 0009)
        for (String[] command : List.of(new String[] {"list"}, new String[] {"stats"}, new String[] {"restore", "--list"},
                new String[] {"export", "--format", "csv"})) {
            assertThat(run(command).code()).as(String.join(" ", command)).isZero();
        }
    }
}
