package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.ListingFile;
import io.papershelf.listing.ListingException;

class ImportReadAheadTest {
    private static final LocalDate DATE = LocalDate.of(2026, 5, 20);

    @TempDir
    Path dir;

    @Test
    void aPlainImportIsReadAheadAsTheCommandWouldReadIt() throws Exception {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        ImportReadAhead ahead = ImportReadAhead.start(new String[] {"--library", "import", "import", "--listing-date",
                "2026-05-20", sample.toString()}, Clock.systemDefaultZone());
        assertThat(ahead.covers(List.of(sample), DATE)).isTrue();
        assertThat(ahead.covers(List.of(sample), null)).isFalse();
        assertThat(ahead.covers(List.of(sample, sample), DATE)).isFalse();
        assertThat(ahead.listings()).isEqualTo(ListingFile.readAll(List.of(sample), DATE, Clock.systemDefaultZone()));
    }

    @Test
    void whatPicocliMustReadIsNotReadAhead() {
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        for (String[] args : List.of(
                new String[] {"import", "--help", sample.toString()},
                new String[] {"import", "@" + sample},
                new String[] {"import", "--listing-date", "yesterday", sample.toString()},
                new String[] {"import", "--listing-date=2026-05-20", sample.toString()},
                new String[] {"import"},
                new String[] {"list", sample.toString()},
                new String[] {"--verbose", "import", sample.toString()})) {
            assertThat(ImportReadAhead.start(args, Clock.systemDefaultZone()).covers(List.of(sample), null))
                    .as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void aFileThatCannotBeReadFailsAsInTheCommand() {
        Path missing = dir.resolve("nope.txt");
        ImportReadAhead ahead = ImportReadAhead.start(new String[] {"import", missing.toString()},
                Clock.systemDefaultZone());
        assertThat(ahead.covers(List.of(missing), null)).isTrue();
        assertThatThrownBy(ahead::listings).isInstanceOf(ListingException.class)
                .hasMessageStartingWith("nope.txt: cannot be read (NoSuchFileException");
    }
}
