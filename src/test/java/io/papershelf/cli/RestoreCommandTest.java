package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.reliability.GeneratedListing;

/** The command line takes the daily backup, lists backups and puts one back; beside an open window it still works. */
class RestoreCommandTest {
    private static final Instant MAY_20 = Instant.parse("2026-05-20T10:00:00Z");

    @TempDir
    Path dir;
    Instant now = MAY_20;

    record Run(int code, String out, String err) {
    }

    private Path lib() {
        return dir.resolve("library.db");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--library", lib().toString()), Arrays.stream(args)).toArray(String[]::new);
        int code = PapershelfCommand.run(all, new PrintWriter(out), new PrintWriter(err), dir.resolve("data"),
                Clock.fixed(now, ZoneOffset.UTC));
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().strip());
    }

    private Path importSample() {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        assertThat(run("import", "--listing-date", "2026-05-20", sample.toString()).code()).isZero();
        return sample;
    }

    @Test
    void theFirstCommandOfTheDayTakesABackupAndRestorePutsItBack() throws Exception {
        importSample(); // creates the library: empty when the command started, so no backup yet
        now = MAY_20.plus(Duration.ofDays(1));
        assertThat(run("list").code()).isZero(); // takes the day's backup: 50 papers
        Run listed = run("restore", "--list");
        assertThat(listed.out()).matches("21 May 2026, 10:00 \\(daily\\)\t50 papers\t.*/data/backups/library-20260521-100000-daily-"
                + "[0-9a-f]{8}\\.db\n");

        now = now.plus(Duration.ofHours(1));
        Path more = GeneratedListing.write(dir.resolve("more.txt"), "later", 5);
        assertThat(run("import", more.toString()).out()).startsWith("Imported more.txt: 5 papers");
        Run restored = run("restore");
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).startsWith("Restored library.db from library-20260521-100000-daily-")
                .endsWith(" (50 papers); the previous file was kept as " + dir.resolve("library.db.before-restore-20260521-110000")
                        .toAbsolutePath() + ".\n");
        assertThat(run("list").out().lines()).hasSize(50);
        try (Library before = Library.open(dir.resolve("library.db.before-restore-20260521-110000"))) {
            assertThat(before.counts().all()).isEqualTo(55);
        }
    }

    @Test
    void aDamagedLibraryNamesTheRestoreCommandAndRestoreSetsTheDamagedFileAside() throws Exception {
        importSample();
        now = MAY_20.plus(Duration.ofDays(1));
        run("list");
        byte[] whole = Files.readAllBytes(lib());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2 + 100);
        Files.write(lib(), cut);

        Run refused = run("list");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("The library " + lib().toAbsolutePath() + " is damaged and cannot be opened (")
                .endsWith("it was left untouched. To put back the latest automatic backup, taken 21 May 2026, 10:00, "
                        + "run: papershelf restore").doesNotContain("\n");
        assertThat(Files.readAllBytes(lib())).isEqualTo(cut);

        Run restored = run("restore");
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).contains("library.db.damaged-20260521-100000");
        assertThat(Files.readAllBytes(dir.resolve("library.db.damaged-20260521-100000"))).isEqualTo(cut);
        assertThat(run("list").out().lines()).hasSize(50);
    }

    @Test
    void restoreIsRefusedWhileAWindowHasTheLibraryOpenAndWithoutABackup() throws Exception {
        Run none = run("restore");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("There is no automatic backup of ").endsWith("; name a backup file with --from.");

        importSample();
        now = MAY_20.plus(Duration.ofDays(1));
        run("list");
        byte[] before = Files.readAllBytes(lib());
        try (LibraryLock window = LibraryLock.acquire(lib())) {
            Run refused = run("restore");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("The library " + lib().toAbsolutePath() + " is open in a Papershelf window; "
                    + "close the window (or use File > Restore from backup… there), then restore.");
        }
        assertThat(Files.readAllBytes(lib())).isEqualTo(before);
    }

    @Test
    void importAndListWorkBesideAnOpenWindowWhichThenSeesTheNewPapers() throws Exception {
        importSample();
        try (LibraryLock lock = LibraryLock.acquire(lib()); Library window = Library.open(lib())) {
            window.saveNotes(window.papers().get(0).id(), "typed in the window");
            Path more = GeneratedListing.write(dir.resolve("more.txt"), "cli", 20);
            Run imported = run("import", more.toString());
            assertThat(imported.code()).isZero();
            assertThat(imported.out()).isEqualTo("Imported more.txt: 20 papers (20 new, 0 updated, 0 unchanged)\n");
            assertThat(run("list").out().lines()).hasSize(70);
            assertThat(window.counts().all()).isEqualTo(70); // the window's next refresh shows them
            window.saveNotes(window.papers().get(0).id(), "typed in the window, zanzibar");
            assertThat(run("list", "--query", "zanzibar").out().lines()).hasSize(1);
        }
    }
}
