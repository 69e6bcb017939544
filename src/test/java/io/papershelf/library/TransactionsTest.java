package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;

/** A snapshot read sees one state of the file while another process writes; a plain query sees each commit. */
class TransactionsTest {
    @TempDir
    Path dir;

    @Test
    void aSnapshotSeesOneStateWhileAnotherConnectionWrites() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            Transactions tx = new Transactions(library.database());
            Statement own = library.database().connection().createStatement();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement elsewhere = other.createStatement()) {
                int[] seen = tx.snapshot(() -> {
                    int before = unread(own);
                    elsewhere.executeUpdate("UPDATE papers SET is_read = 1"); // another process, committed at once
                    return new int[] {before, unread(own)};
                });
                assertThat(seen[1]).as("the second statement of the snapshot").isEqualTo(seen[0]).isEqualTo(50);
                int[] plain = tx.query(() -> new int[] {unread(own)});
                assertThat(plain[0]).isZero();
                assertThat(library.counts().unread()).isZero();
                assertThat(library.counts().read()).isEqualTo(50);
            }
        }
    }

    private static int unread(Statement s) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM papers WHERE is_read = 0")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
