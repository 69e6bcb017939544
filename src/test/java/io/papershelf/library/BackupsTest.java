package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperFilter;

/** Daily backups (at most one a day, seven kept), names that keep libraries apart, restores that keep the old file. */
class BackupsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Instant MAY_20_NOON = Instant.parse("2026-05-20T10:00:00Z");

    @TempDir
    Path dir;

    private Path libraryWithPapers(Path file) throws Exception {
        try (Library library = Library.open(file)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
        return file;
    }

    private Backups at(Instant now) {
        return Backups.inDataFolder(dir.resolve("data"), Clock.fixed(now, ZONE));
    }

    @Test
    void aDailyBackupIsTakenOnceADayAndTheLatestSevenAreKept() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Backups.Backup first = at(MAY_20_NOON).dailyIfDue(lib).orElseThrow();
        assertThat(first.file().getParent()).isEqualTo(dir.resolve("data/backups").toAbsolutePath());
        assertThat(first.file().getFileName().toString()).matches("library-20260520-100000-daily-[0-9a-f]{8}\\.backup");
        assertThat(first.describe(ZONE)).isEqualTo("20 May 2026, 12:00 (daily)");
        // Later the same (local) day: nothing new.
        assertThat(at(MAY_20_NOON.plus(Duration.ofHours(11))).dailyIfDue(lib)).isEmpty();
        for (int day = 1; day <= 9; day++) {
            assertThat(at(MAY_20_NOON.plus(Duration.ofDays(day))).dailyIfDue(lib)).isPresent();
        }
        List<Backups.Backup> kept = at(MAY_20_NOON).of(lib);
        assertThat(kept).hasSize(Backups.DAILY_KEPT);
        assertThat(kept.get(0).takenAt()).isEqualTo(MAY_20_NOON.plus(Duration.ofDays(9)));
        assertThat(kept.get(6).takenAt()).isEqualTo(MAY_20_NOON.plus(Duration.ofDays(3)));
        assertThat(at(MAY_20_NOON).summaries(lib)).allSatisfy(s -> {
            assertThat(s.papers()).isEqualTo(50);
            assertThat(s.problem()).isNull();
        });
    }

    @Test
    void backupsBeforeAMigrationAreKeptBesideTheDailyOnes() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Backups backups = at(MAY_20_NOON);
        Path target = backups.beforeMigration(lib, 1);
        assertThat(target.getFileName().toString()).matches("library-20260520-100000-before-v1-[0-9a-f]{8}\\.db");
        Files.copy(lib, target);
        for (int day = 0; day <= 8; day++) {
            at(MAY_20_NOON.plus(Duration.ofDays(day))).dailyIfDue(lib);
        }
        assertThat(backups.of(lib)).hasSize(Backups.DAILY_KEPT + 1).anySatisfy(b -> assertThat(b.kind()).isEqualTo("before-v1"));
        assertThat(backups.of(lib).get(Backups.DAILY_KEPT).describe(ZONE)).endsWith("(before an update)");
    }

    @Test
    void twoLibrariesOfTheSameNameNeverShareBackups() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = libraryWithPapers(dir.resolve("a/library.db"));
        Path b = libraryWithPapers(dir.resolve("b/library.db"));
        at(MAY_20_NOON).dailyIfDue(a);
        assertThat(at(MAY_20_NOON).of(b)).isEmpty();
        assertThat(at(MAY_20_NOON).dailyIfDue(b)).isPresent();
        assertThat(at(MAY_20_NOON).of(a)).hasSize(1);
        assertThat(at(MAY_20_NOON).of(a).get(0).file()).isNotEqualTo(at(MAY_20_NOON).of(b).get(0).file());
    }

    @Test
    void anEmptyLibraryIsNotBackedUpAndAnInterruptedCopyIsCleanedUp() throws Exception {
        Path empty = dir.resolve("empty.db");
        Library.open(empty).close();
        assertThat(at(MAY_20_NOON).dailyIfDue(empty)).isEmpty();
        assertThat(at(MAY_20_NOON).of(empty)).isEmpty();

        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Path folder = dir.resolve("data/backups");
        Files.createDirectories(folder);
        Path leftover = folder.resolve(Backups.name(lib, MAY_20_NOON.minus(Duration.ofDays(1)), "daily") + ".partial");
        Files.write(leftover, new byte[4096]);
        Path scratch = folder.resolve(Backups.name(lib, MAY_20_NOON.minus(Duration.ofDays(1)), "daily") + ".backup.partial-db");
        Files.write(scratch, new byte[4096]);
        assertThat(at(MAY_20_NOON).of(lib)).as("a leftover never counts as a backup").isEmpty();
        at(MAY_20_NOON).dailyIfDue(lib);
        assertThat(leftover).doesNotExist();
        assertThat(scratch).doesNotExist();
        assertThat(at(MAY_20_NOON).of(lib)).hasSize(1);
    }

    @Test
    void restoreSetsTheCurrentFileAsideAndPutsTheBackupInItsPlace() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Backups.Backup backup = at(MAY_20_NOON).dailyIfDue(lib).orElseThrow();
        long id;
        try (Library library = Library.open(lib)) {
            id = library.rows(PaperFilter.ALL).get(0).id();
            library.saveNotes(id, "written after the backup");
        }
        LibraryRestore.Restored restored = LibraryRestore.restore(lib, backup.file(),
                LibraryRestore.Reason.BEFORE_RESTORE, Clock.fixed(MAY_20_NOON.plus(Duration.ofHours(2)), ZONE));
        assertThat(restored.papers()).isEqualTo(50);
        Path aside = restored.setAside().orElseThrow();
        assertThat(aside.getFileName().toString()).isEqualTo("library.db.before-restore-20260520-120000");
        assertThat(restored.summary()).isEqualTo("Restored library.db from " + backup.file().getFileName()
                + " (50 papers); the previous file was kept as " + aside + ".");
        try (Library library = Library.open(lib)) {
            assertThat(library.paper(id).orElseThrow().notes()).isEmpty();
        }
        // The file set aside still opens, with everything it held.
        try (Library old = Library.open(aside)) {
            assertThat(old.paper(id).orElseThrow().notes()).isEqualTo("written after the backup");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.restoring");
    }

    @Test
    void aBackupThatIsNotAnIntactLibraryIsRefusedAndTheLibraryStaysAsItWas() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        byte[] before = Files.readAllBytes(lib);
        Path junk = TestFiles.write(dir.resolve("junk.db"), "not a database at all".repeat(100));
        assertThatThrownBy(() -> LibraryRestore.restore(lib, junk, LibraryRestore.Reason.BEFORE_RESTORE,
                Clock.systemUTC())).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("Cannot restore from " + junk + ": it is not an intact Papershelf library")
                .hasMessageEndingWith("the library was left as it was.");
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aFullCopyWithDamagedPagesIsRefusedAndTheLibraryStaysAsItWas() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Path old = Files.createDirectories(dir.resolve("data/backups"))
                .resolve(Backups.name(lib, MAY_20_NOON.minus(Duration.ofDays(1)), "daily"));
        io.papershelf.storage.Snapshots.copy(lib, old);
        // A Papershelf library of this version by its header and schema, with the papers' rows overwritten.
        List<Integer> pages = new java.util.ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement();
             var rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = 'papers' AND pagetype = 'leaf'")) {
            while (rs.next()) {
                pages.add(rs.getInt(1));
            }
        }
        assertThat(pages).isNotEmpty();
        byte[] bytes = Files.readAllBytes(old);
        for (int page : pages) {
            java.util.Arrays.fill(bytes, (page - 1) * 4096 + 8, (page - 1) * 4096 + 2048, (byte) 0x5a);
        }
        Files.write(old, bytes);
        byte[] before = Files.readAllBytes(lib);
        assertThatThrownBy(() -> LibraryRestore.restore(lib, old, LibraryRestore.Reason.BEFORE_RESTORE,
                Clock.fixed(MAY_20_NOON, ZONE))).isInstanceOf(LibraryException.class)
                .hasMessageContaining("it is not an intact Papershelf library")
                .hasMessageNotContaining("(schema ");
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*");
    }

    @Test
    void restoringTheLatestBackupGivesEqualPapersWithTheIndexRebuilt() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        String before;
        io.papershelf.model.LibraryCounts counts;
        try (Library library = Library.open(lib)) {
            List<Long> ids = library.rows(PaperFilter.ALL).stream().map(io.papershelf.model.PaperRow::id).toList();
            library.saveNotes(ids.get(0), "Zebrafish connectome idea, kept in the backup");
            library.addTag(ids.subList(0, 5), "to read");
            library.setTagColor("to read", "#3b82f6");
            library.setRead(ids.subList(3, 9), true);
            library.trash(ids.subList(10, 12));
            before = export(library);
            counts = library.counts();
        }
        Backups.Backup backup = at(MAY_20_NOON).dailyIfDue(lib).orElseThrow();
        assertThat(Files.size(backup.file())).isLessThan(Files.size(lib) / 4);
        LibraryRestore.Restored restored = LibraryRestore.restore(lib, backup.file(), LibraryRestore.Reason.BEFORE_RESTORE,
                Clock.fixed(MAY_20_NOON, ZONE));
        assertThat(restored.papers()).isEqualTo(48);
        try (Library library = Library.open(lib)) {
            assertThat(export(library)).isEqualTo(before);
            assertThat(library.rows(PaperFilter.ALL.withQuery("zebrafish"))).hasSize(1);
            assertThat(library.tags()).singleElement().satisfies(t -> assertThat(t.color()).isEqualTo("#3b82f6"));
            assertThat(library.counts()).isEqualTo(counts);
            assertThat(counts.trash()).isEqualTo(2);
        }
    }

    @Test
    void aFullCopyFromAnOlderVersionIsStillListedRotatedAndRestorable() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Path folder = Files.createDirectories(dir.resolve("data/backups"));
        Path old = folder.resolve(Backups.name(lib, MAY_20_NOON.minus(Duration.ofDays(1)), "daily"));
        io.papershelf.storage.Snapshots.copy(lib, old);
        assertThat(old.getFileName().toString()).endsWith("-daily-" + Backups.id(lib) + ".db");
        Backups backups = at(MAY_20_NOON);
        assertThat(backups.of(lib)).singleElement().satisfies(b -> assertThat(b.file()).isEqualTo(old));
        assertThat(backups.summaries(lib)).singleElement().satisfies(s -> assertThat(s.papers()).isEqualTo(50));
        backups.dailyIfDue(lib);
        assertThat(backups.summaries(lib)).hasSize(2).allSatisfy(s -> {
            assertThat(s.papers()).isEqualTo(50);
            assertThat(s.problem()).isNull();
        });
        LibraryRestore.Restored restored = LibraryRestore.restore(lib, old, LibraryRestore.Reason.BEFORE_RESTORE,
                Clock.fixed(MAY_20_NOON, ZONE));
        assertThat(restored.papers()).isEqualTo(50);
    }

    @Test
    void whileAnotherProcessTakesTheBackupNoSecondOneIsStarted() throws Exception {
        Path lib = libraryWithPapers(dir.resolve("library.db"));
        Backups backups = at(MAY_20_NOON);
        try (BackupLock held = BackupLock.tryTake(backups.folder(), "library-" + Backups.id(lib))) {
            assertThat(held).isNotNull();
            assertThat(backups.dailyIfDue(lib)).isEmpty();
            assertThat(backups.dailyDue(lib)).isTrue();
        }
        assertThat(backups.dailyIfDue(lib)).isPresent();
        assertThat(backups.dailyDue(lib)).isFalse();
    }

    private static String export(Library library) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        library.exportJson(out);
        return out.toString().replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
    }
}
