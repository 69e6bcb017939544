package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperFilter;

/**
 * Each way a library file gets damaged: opening says so in one sentence naming the file, the file is
 * left byte for byte, and putting back the latest automatic backup sets the damaged file aside (never
 * deleted, still byte for byte) and opens with the backup's papers.
 */
class DamagedLibraryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path lib;
    Backups backups;

    /** The damage done to the file. */
    enum Damage {
        CUT_IN_HALF, CUT_ONE_BYTE_SHORT, CUT_TO_THE_HEADER, OVERWRITTEN_WITH_RANDOM_BYTES, TEXT_FILE, EMPTY_HEADER_ONLY,
        FROM_A_NEWER_VERSION
    }

    @BeforeEach
    void libraryWithABackup() throws Exception {
        lib = dir.resolve("library.db");
        try (Library library = Library.open(lib)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
        backups = Backups.inDataFolder(dir.resolve("data"), CLOCK);
        assertThat(backups.dailyIfDue(lib)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedLibraryIsRefusedLeftAloneAndRestoredFromTheLatestBackup(Damage damage) throws Exception {
        byte[] damaged = damage(damage);
        LibraryOpenException e = org.junit.jupiter.api.Assertions.assertThrows(LibraryOpenException.class,
                () -> Library.open(lib, CLOCK, backups));
        assertThat(e.problem().restorable()).isTrue();
        assertThat(e.problem()).isEqualTo(switch (damage) {
            case TEXT_FILE, OVERWRITTEN_WITH_RANDOM_BYTES -> LibraryOpenException.Problem.NOT_A_LIBRARY;
            case FROM_A_NEWER_VERSION -> LibraryOpenException.Problem.NEWER_VERSION;
            default -> LibraryOpenException.Problem.DAMAGED;
        });
        assertThat(e.getMessage()).contains(lib.toString()).endsWith("it was left untouched.").doesNotContain("\n");
        assertThat(Files.readAllBytes(lib)).isEqualTo(damaged);

        LibraryRestore.Restored restored = LibraryRestore.restore(lib, backups.latest(lib).orElseThrow().file(),
                LibraryRestore.Reason.DAMAGED, CLOCK);
        Path aside = restored.setAside().orElseThrow();
        assertThat(aside.getFileName().toString()).isEqualTo("library.db.damaged-20260521-080000");
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (Library library = Library.open(lib, CLOCK, backups)) {
            assertThat(library.counts().all()).isEqualTo(50);
        }
    }

    @Test
    void damageInsideTheFileIsFoundByTheDailyBackupAndByTheFirstReadThatMeetsIt() throws Exception {
        // Every other page of the papers' rows, never the schema's: which pages hold the schema depends on how
        // large it has grown, and a library whose schema is damaged is refused at open (tested above).
        List<Integer> pages = new java.util.ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + lib); var s = c.createStatement();
             var rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = 'papers' AND pagetype = 'leaf' ORDER BY pageno")) {
            while (rs.next()) {
                pages.add(rs.getInt(1));
            }
        }
        assertThat(pages).hasSizeGreaterThan(4);
        byte[] bytes = Files.readAllBytes(lib);
        Random r = new Random(11);
        for (int i = 0; i < pages.size(); i += 2) {
            byte[] noise = new byte[2048];
            r.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, (pages.get(i) - 1) * 4096 + 64, noise.length);
        }
        Files.write(lib, bytes);
        Backups nextDay = Backups.inDataFolder(dir.resolve("data"), Clock.offset(CLOCK, java.time.Duration.ofDays(1)));
        assertThatThrownBy(() -> nextDay.dailyIfDue(lib)).isInstanceOfSatisfying(LibraryOpenException.class,
                x -> assertThat(x.problem()).isEqualTo(LibraryOpenException.Problem.DAMAGED));
        assertThat(nextDay.of(lib)).hasSize(1); // yesterday's good backup, and no damaged copy beside it
        assertThat(Files.readAllBytes(lib)).isEqualTo(bytes);

        try (Library library = Library.open(lib)) {
            assertThatThrownBy(() -> library.rows(PaperFilter.ALL).forEach(row -> { }))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("the file is damaged: File > Restore from backup… (or the command "
                            + "papershelf restore) puts back the latest automatic backup");
        }
    }

    private byte[] damage(Damage damage) throws Exception {
        byte[] whole = Files.readAllBytes(lib);
        byte[] out = switch (damage) {
            case CUT_IN_HALF -> Arrays.copyOf(whole, whole.length / 2 + 1000);
            case CUT_ONE_BYTE_SHORT -> Arrays.copyOf(whole, whole.length - 1);
            case CUT_TO_THE_HEADER -> Arrays.copyOf(whole, 100);
            case OVERWRITTEN_WITH_RANDOM_BYTES -> {
                byte[] noise = new byte[whole.length];
                new Random(5).nextBytes(noise);
                yield noise;
            }
            case TEXT_FILE -> "These are my notes, not a database.\n".repeat(50).getBytes();
            case EMPTY_HEADER_ONLY -> Arrays.copyOf("SQLite format 3\0".getBytes(), 16);
            case FROM_A_NEWER_VERSION -> null;
        };
        if (out == null) {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + lib); var s = c.createStatement()) {
                s.execute("PRAGMA user_version = 99");
            }
            return Files.readAllBytes(lib);
        }
        Files.write(lib, out);
        return out;
    }
}
