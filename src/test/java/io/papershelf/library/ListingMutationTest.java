package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.papershelf.TestFiles;
import io.papershelf.listing.ListingException;
import io.papershelf.model.Listing;
import io.papershelf.reliability.Mutations;
import io.papershelf.reliability.Mutations.Mutant;

/**
 * Damaged copies of every sample listing, read and imported into a real library. The decision
 * (docs/decisions/0010): a file is either read, with every card that could not be read reported with its
 * line, or refused whole with one sentence naming the file, and then the library is exactly as it was.
 * Nothing may crash or hang: each file must be done within a bound (a correctness bound against endless
 * loops and runaway regular expressions, far above the milliseconds a file takes).
 */
class ListingMutationTest extends LibraryTestBase {
    static final Duration PER_FILE = Duration.ofSeconds(10);
    private static final LocalDate DATE = LocalDate.of(2026, 5, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily-papers-search-2026-05-20.txt", "papers-search-with-links-2026-03-25.txt",
            "daily-papers-clip.md", "api-daily-papers.json", "trending-one-card.html", "arxiv-list-cs-cl.txt",
            "arxiv-api-query.xml", "library-export.bib"})
    void everyDamagedCopyIsReadWithAReportOrRefusedWhole(String sample) throws Exception {
        // A reader that refused every file would pass the loop below: the sample itself must be read.
        assertThat(readChecked(new Mutant("the sample itself", TestFiles.bytes(sample)))).as(sample + " is read").isTrue();
        List<Mutant> mutants = Mutations.all(sample, TestFiles.bytes(sample), sample.hashCode());
        int refused = 0;
        for (int i = 0; i < mutants.size(); i++) {
            Mutant m = mutants.get(i);
            // Importing every 25th copy proves the library side; reading proves the rest faster.
            boolean wasRead = i % 25 == 0 ? importChecked(m) : readChecked(m);
            refused += wasRead ? 0 : 1;
        }
        // The figures for docs/reliability.md.
        System.out.printf("mutations of %s: %d copies, %d read with a report, %d refused whole%n", sample,
                mutants.size(), mutants.size() - refused, refused);
        assertThat(mutants.size() - refused).as("damaged copies read with a report").isPositive();
    }

    @Test
    void binaryFilesAndOddInputsAreRefusedWithOneSentence() throws Exception {
        Random r = new Random(42);
        byte[] noise = new byte[64 * 1024];
        r.nextBytes(noise);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        List<Mutant> odd = List.of(new Mutant("noise.txt", noise), new Mutant("image.png", png),
                new Mutant("empty.txt", new byte[0]), new Mutant("blank.txt", "\n\n   \n\t\n".getBytes(StandardCharsets.UTF_8)),
                new Mutant("nul.txt", new byte[4096]), new Mutant("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                new Mutant("utf16-bom-only.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}));
        for (Mutant m : odd) {
            assertThat(importChecked(m)).as(m.name() + " is refused").isFalse();
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadLikeTheOriginal() throws Exception {
        byte[] original = TestFiles.bytes(TestFiles.DAILY);
        Listing expected = library.read(TestFiles.copy(TestFiles.DAILY, dir), DATE);
        for (Mutant m : Mutations.utf16(TestFiles.DAILY, original).subList(0, 4)) {
            Path f = TestFiles.write(dir.resolve(TestFiles.DAILY), m.bytes());
            assertThat(library.read(f, DATE).entries()).as(m.name()).isEqualTo(expected.entries());
        }
    }

    @Test
    void foldersDevicesAndFilesOverTheLimitAreRefusedBeforeReading() throws Exception {
        assertRefused(dir, "is a folder, not a listing file");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertRefused(zero, "is not a regular file");
        }
        Path big = dir.resolve("big.txt");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), ListingFile.MAX_BYTES); // sparse: no disk used
        }
        assertRefused(big, "big.txt: is 100 MB, larger than the 100 MB Papershelf imports; save only the listing page, "
                + "or split the file.");
    }

    private void assertRefused(Path file, String message) throws Exception {
        String before = fingerprint();
        ImportOutcome outcome = assertTimeoutPreemptively(PER_FILE, () -> library.importFile(file, DATE));
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.refusal()).contains(message).doesNotContain("\n");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Reads a damaged copy; true when read (with a well-formed report), false when refused well. */
    private boolean readChecked(Mutant m) {
        Path f = TestFiles.write(dir.resolve("mutant.txt"), m.bytes());
        Object result = assertTimeoutPreemptively(PER_FILE, () -> {
            try {
                return library.read(f, DATE);
            } catch (ListingException e) {
                return e;
            } catch (RuntimeException | Error e) {
                return fail(m.name() + " made the reader throw " + e, e);
            }
        }, () -> m.name() + " was not read within " + PER_FILE.toSeconds() + " s");
        if (result instanceof ListingException e) {
            assertOneSentence(m, e.getMessage());
            return false;
        }
        Listing listing = (Listing) result;
        assertThat(listing.skipped()).as(m.name() + ": every skipped card says where it was")
                .allSatisfy(s -> assertThat(s).matches("(?s)(line|entry) \\d+: .+"));
        return true;
    }

    /** Imports a damaged copy; a refusal must leave the library exactly as it was. */
    private boolean importChecked(Mutant m) throws Exception {
        Path f = TestFiles.write(dir.resolve("mutant.txt"), m.bytes());
        String before = fingerprint();
        ImportOutcome outcome = assertTimeoutPreemptively(PER_FILE, () -> library.importFile(f, DATE),
                () -> m.name() + " was not imported within " + PER_FILE.toSeconds() + " s");
        if (outcome.imported()) {
            assertThat(outcome.result().skipped()).as(m.name()).allSatisfy(s -> assertThat(s).matches("(?s)(line|entry) \\d+: .+"));
            return true;
        }
        assertOneSentence(m, outcome.refusal());
        assertThat(fingerprint()).as(m.name() + " was refused and left the library as it was").isEqualTo(before);
        return false;
    }

    private static void assertOneSentence(Mutant m, String message) {
        assertThat(message).as(m.name()).startsWith("mutant.txt").endsWith(".").doesNotContain("\n");
    }

    /** Everything in the library, as the JSON backup writes it, without the export time. */
    private String fingerprint() throws Exception {
        StringWriter out = new StringWriter();
        library.exportJson(out);
        return out.toString().replaceAll("\"exportedAt\" : \"[^\"]+\"", "") + library.listings();
    }
}
