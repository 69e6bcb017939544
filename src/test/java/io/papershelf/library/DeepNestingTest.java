package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.papershelf.TestFiles;

/**
 * Files nested a hundred thousand levels deep, in every shape whose reader walks a tree: each is read or
 * refused in one sentence with the library unchanged, on a thread with a 256 KB stack (a quarter of a
 * thread's default), because the readers bound the nesting instead of catching a stack overflow. The
 * deepest Markdown the bounds allow is read on such a thread too.
 */
class DeepNestingTest {
    private static final int DEEP = 100_000;
    private static final String HEADING = "### [A title](https://huggingface.co/papers/2401.00001)\n\nAn abstract.\n\n";

    @TempDir
    Path dir;

    enum Shape {
        MARKDOWN_QUOTES("clip.md", HEADING + "> ".repeat(DEEP) + "x\n"),
        MARKDOWN_LISTS("clip.md", HEADING + "- ".repeat(DEEP) + "x\n"),
        MARKDOWN_EMPHASIS("clip.md", HEADING + "*".repeat(DEEP) + "x" + "*".repeat(DEEP) + "\n"),
        MARKDOWN_EMPHASIS_OVER_LINES("clip.md", HEADING + "*a\n".repeat(DEEP) + "x" + "\nb*".repeat(DEEP) + "\n"),
        MARKDOWN_IMAGES_IN_A_LINK("clip.md", HEADING + "[" + "![".repeat(DEEP) + "x" + "](i)".repeat(DEEP)
                + "](https://huggingface.co/org)\n"),
        ATOM_ELEMENTS("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                + "<id>http://arxiv.org/abs/2401.00001v1</id><title>T</title><summary>" + "<a>".repeat(DEEP)
                + "</a>".repeat(DEEP) + "</summary></entry></feed>"),
        HTML_ELEMENTS("page.html", "<html><body><div data-target=\"DailyPapers\" data-props=\"{&quot;dailyPapers&quot;:"
                + "[{&quot;paper&quot;:{&quot;id&quot;:&quot;2401.00001&quot;,&quot;title&quot;:&quot;T&quot;}}]}\">"
                + "</div>" + "<div>".repeat(DEEP) + "x" + "</div>".repeat(DEEP) + "</body></html>"),
        API_JSON("api.json", "[{\"paper\":{\"id\":\"2401.00001\",\"title\":\"T\",\"summary\":\"S\",\"x\":"
                + "[".repeat(DEEP) + "]".repeat(DEEP) + "}}]"),
        BACKUP_JSON("backup.json", "{\"format\":\"papershelf\",\"version\":1,\"papers\":[{\"title\":\"x\",\"extra\":"
                + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}]}"),
        BIBTEX_BRACES("refs.bib", "@article{k, title = {" + "{".repeat(DEEP) + "x" + "}".repeat(DEEP) + "}, year={2024}}\n"),
        BIBTEX_COMMANDS("refs.bib", "@article{k, title = {" + "\\emph{".repeat(DEEP) + "x" + "}".repeat(DEEP)
                + "}, year={2024}}\n");

        final String file;
        final String text;

        Shape(String file, String text) {
            this.file = file;
            this.text = text;
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aFileNestedAHundredThousandDeepIsReadOrRefusedInOneSentence(Shape shape) throws Exception {
        Path file = Files.writeString(dir.resolve(shape.file), shape.text);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            String before = json(library);
            ImportOutcome outcome = onSmallStack(() -> library.importFile(file, LocalDate.of(2026, 5, 20)));
            if (outcome.imported()) {
                assertThat(outcome.result().added() + outcome.result().updated() + outcome.result().unchanged())
                        .isLessThanOrEqualTo(1);
            } else {
                assertThat(outcome.refusal()).startsWith(shape.file).doesNotContain("\n").endsWith(".");
                assertThat(json(library)).isEqualTo(before);
            }
            if (shape.name().startsWith("MARKDOWN") || shape == Shape.ATOM_ELEMENTS) {
                assertThat(outcome.refusal()).as(shape + " is past the bounds").contains("deep", "than");
            }
        }
    }

    @Test
    void theDeepestMarkdownTheBoundsAllowIsReadOnASmallStack() throws Exception {
        int marks = 2000; // MarkdownNesting.MAX_INLINE_MARKS
        String text = HEADING + "> ".repeat(64) + "x\n\n" + "*".repeat(marks / 2) + "x" + "*".repeat(marks / 2) + "\n";
        Path file = Files.writeString(dir.resolve("clip.md"), text);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ImportOutcome outcome = onSmallStack(() -> library.importFile(file, LocalDate.of(2026, 5, 20)));
            assertThat(outcome.refusal()).isNull();
            assertThat(outcome.result().added()).isEqualTo(1);
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T onSmallStack(Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.run());
            } catch (Throwable e) { // a stack overflow here is the failure this test looks for: report it
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("reading on a 256 KB stack failed: " + failure.get(), failure.get());
        }
        return result.get();
    }

    private static String json(Library library) throws Exception {
        StringWriter out = new StringWriter();
        library.exportJson(out);
        return out.toString().replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
    }
}
