package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.papershelf.TestFiles;
import io.papershelf.reliability.GeneratedListing;

/**
 * Huge inputs: very long lines in every shape a reader might trip over (quadratic scans, runaway regular
 * expressions, deep recursion), and files near and over the size limit. The default suite runs the
 * 2 MB versions; the {@code reliability} tag (profile {@code -Preliability}) runs the 50 MB line, a file
 * just under the 100 MB limit and a 200 MB file. The time bound is a correctness bound (no hang).
 */
class LargeInputTest extends LibraryTestBase {
    private static final LocalDate DATE = LocalDate.of(2026, 5, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);
    private static final int MB = 1024 * 1024;

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() throws Exception {
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), DATE);
    }

    /** The shapes of one long line. */
    enum LongLine {
        LETTERS, WORDS, LINK, GITHUB_LINKS, OPEN_BRACES, OPEN_BRACKETS, QUOTES, TAGS, TITLE_IN_SAMPLE, ABSTRACT_IN_SAMPLE,
        JSON_STRING
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(LongLine.class)
    void aTwoMegabyteLineIsReadOrRefusedInBoundedTime(LongLine shape) throws Exception {
        importLongLine(shape, 2 * MB, Duration.ofSeconds(20));
    }

    @Tag("reliability")
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(LongLine.class)
    void aFiftyMegabyteLineIsReadOrRefusedInBoundedTime(LongLine shape) throws Exception {
        importLongLine(shape, 50 * MB, Duration.ofSeconds(120));
    }

    @Tag("reliability")
    @Test
    void aTwoHundredMegabyteFileIsRefusedAndChangesNothing() throws Exception {
        Path big = GeneratedListing.write(dir.resolve("huge.txt"), "huge", 400_000);
        assertThat(Files.size(big)).isGreaterThan(200L * 1000 * 1000);
        String before = fingerprint();
        ImportOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> library.importFile(big, DATE));
        assertThat(outcome.refusal()).matches("huge\\.txt: is 2\\d\\d MB, larger than the 100 MB Papershelf imports; "
                + "save only the listing page, or split the file\\.");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Tag("reliability")
    @Test
    void aFileJustUnderTheLimitIsImportedWhole() throws Exception {
        Path big = GeneratedListing.write(dir.resolve("near-limit.txt"), "near", 180_000);
        assertThat(Files.size(big)).isBetween(90L * MB, (long) ListingFile.MAX_BYTES);
        ImportOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> library.importFile(big, DATE));
        assertThat(outcome.line()).isEqualTo("Imported near-limit.txt: 180000 papers (180000 new, 0 updated, 0 unchanged)");
        assertThat(library.counts().all()).isEqualTo(180_050);
    }

    private void importLongLine(LongLine shape, int size, Duration bound) throws Exception {
        Path file = dir.resolve("long-" + shape.name().toLowerCase() + ".txt");
        writeLongLine(file, shape, size);
        String before = fingerprint();
        ImportOutcome outcome = assertTimeoutPreemptively(bound, () -> library.importFile(file, DATE),
                () -> shape + " was not done within " + bound.toSeconds() + " s");
        System.out.printf("%d MB line, %s: %s%n", size / MB, shape, outcome.line());
        if (outcome.imported()) {
            assertThat(outcome.result().skipped()).allSatisfy(s -> assertThat(s).matches("(?s)(line|entry) \\d+: .+"));
            // A title is never megabytes long: the reader cuts it, or the card is skipped with a report.
            assertThat(library.rows(io.papershelf.model.PaperFilter.ALL)).allSatisfy(r -> assertThat(r.title().length())
                    .isLessThanOrEqualTo(SafeListing.MAX_TITLE_CHARS));
        } else {
            assertThat(outcome.refusal()).startsWith(file.getFileName().toString()).doesNotContain("\n");
            assertThat(fingerprint()).isEqualTo(before);
        }
    }

    private static void writeLongLine(Path file, LongLine shape, int size) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            switch (shape) {
                case LETTERS -> repeat(out, "a", size);
                case WORDS -> repeat(out, "reading list ", size);
                case LINK -> {
                    write(out, "https://example.org/");
                    repeat(out, "a", size);
                }
                case GITHUB_LINKS -> repeat(out, "code.https://github.com/a/b,", size);
                case OPEN_BRACES -> {
                    write(out, "@article{k, title = ");
                    repeat(out, "{", size);
                }
                case OPEN_BRACKETS -> repeat(out, "[", size);
                case QUOTES -> repeat(out, "\"", size);
                case TAGS -> repeat(out, "<div>", size);
                case TITLE_IN_SAMPLE -> spliceIntoSample(out, "How Many Heads Make an SSM?", size);
                case ABSTRACT_IN_SAMPLE -> spliceIntoSample(out, "Sequence modeling has produced", size);
                case JSON_STRING -> {
                    write(out, "{\"format\" : \"papershelf\", \"version\" : 1, \"papers\" : [{\"title\" : \"");
                    repeat(out, "x", size);
                    write(out, "\"}]}");
                }
            }
        }
    }

    /** The daily sample with a long run of words put in front of a line of it. */
    private static void spliceIntoSample(OutputStream out, String lineStart, int size) throws IOException {
        String sample = TestFiles.text(TestFiles.DAILY);
        int at = sample.indexOf(lineStart);
        write(out, sample.substring(0, at));
        repeat(out, "a long run of words ", size);
        write(out, sample.substring(at));
    }

    private static void repeat(OutputStream out, String unit, int size) throws IOException {
        byte[] chunk = unit.repeat(Math.max(1, 8192 / unit.length())).getBytes(StandardCharsets.UTF_8);
        for (int written = 0; written < size; written += chunk.length) {
            out.write(chunk);
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private String fingerprint() throws Exception {
        StringWriter out = new StringWriter();
        library.exportJson(out);
        return out.toString().replaceAll("\"exportedAt\" : \"[^\"]+\"", "") + library.listings();
    }
}
