package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;

/**
 * What the window's "Updating the library format… N %" hears: nothing for a library that needs no update, and for
 * one that does (the schema-4 fixture, through V5) a figure that starts at 0, never goes back, moves in several
 * steps and reaches 1 only once the update is committed, with the copy before the update and V5's whole-table steps weighing more than its triggers.
 */
class MigrationProgressTest {
    @TempDir
    Path dir;

    private static Database.MigrationBackup into(Path folder) {
        return (file, from) -> folder.resolve("library.v" + from + ".bak");
    }

    @Test
    void anUpdateIsReportedFromZeroToOneInSteps() throws Exception {
        Path file = TestFiles.schema4Library(dir);
        List<Double> heard = new CopyOnWriteArrayList<>();
        try (Database db = Database.open(file, into(dir), heard::add)) {
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
        }
        assertThat(heard.get(0)).isZero();
        assertThat(heard.get(heard.size() - 1)).isEqualTo(1.0);
        assertThat(heard).isSorted();
        assertThat(heard.get(heard.size() - 2)).as("before the commit: not yet done").isLessThan(0.95);
        assertThat(heard.stream().distinct().count()).as("steps between 0 and 1").isGreaterThan(3);
        assertThat(Files.exists(dir.resolve("library.v4.bak"))).as("the copy before the update").isTrue();
    }

    @Test
    void aLibraryThatNeedsNoUpdateAndANewOneSayNothing() throws Exception {
        Path file = dir.resolve("new.db");
        List<Double> heard = new CopyOnWriteArrayList<>();
        Database.open(file, into(dir), heard::add).close(); // new: created, not updated
        Database.open(file, into(dir), heard::add).close(); // current: nothing to do
        assertThat(heard).isEmpty();
    }

    @Test
    void statementsThatTouchEveryRowWeighMoreThanTriggersAndColumns() {
        List<String> v5 = Migrations.statements("V5__listing_order_and_row_versions.sql");
        assertThat(v5).filteredOn(s -> MigrationProgress.weight(s) > 1).extracting(s -> s.strip().split("\\s+")[0]
                + " " + s.strip().split("\\s+")[1]).containsExactly("UPDATE paper_sources", "CREATE INDEX", "CREATE INDEX");
        assertThat(MigrationProgress.weight("CREATE TRIGGER t AFTER UPDATE ON papers BEGIN UPDATE papers SET x = 1; END"))
                .isEqualTo(1);
        assertThat(MigrationProgress.weight("INSERT INTO paper_search (rowid, title) SELECT id, title FROM papers"))
                .isGreaterThan(1);
        assertThat(MigrationProgress.weight("INSERT INTO highlight_colors (color, name) VALUES (0, 'Important')"))
                .isEqualTo(1);
    }
}
