package io.papershelf.export;

import static io.papershelf.export.PaperFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/** The Markdown file a paper's note and highlights become, byte for byte, and its name. */
class NoteFileTest {
    private static final HighlightColors COLORS = HighlightColors.DEFAULT.withName(1, "To check");

    private static Highlight mark(String quote, int start, int color, String comment) {
        return new Highlight(0, Highlight.Field.ABSTRACT, start, quote, color, comment, Instant.EPOCH);
    }

    private static Paper attention() {
        return paper("Attention Is All You Need: \"Transformers\"").arxivId("1706.03762")
                .abstractText("The dominant sequence transduction models are based on recurrent networks. We propose "
                        + "the Transformer, based solely on attention.")
                .authors("Ashish Vaswani", "Noam Shazeer").organization("Google")
                .published(2017, 6, 12).githubUrls("https://github.com/tensorflow/tensor2tensor")
                .tags("transformers", "classic").read(true)
                .notes("# Why it matters\n\n- [x] read section 3\n- [ ] try the base model\n")
                .highlights(mark("We propose the Transformer", 76, 0, "The main claim."),
                        mark("based solely on attention", 104, 0, ""),
                        mark("recurrent networks", 55, 1, "Which ones?"),
                        mark("convolutions everywhere", 3, 3, ""))
                .build();
    }

    @Test
    void frontMatterThenTheNoteThenHighlightsGroupedByColourName() {
        assertThat(NoteFile.render(attention(), COLORS)).isEqualTo("""
                ---
                title: "Attention Is All You Need: \\"Transformers\\""
                authors: ["Ashish Vaswani", "Noam Shazeer"]
                organisation: "Google"
                published: 2017-06-12
                arxiv: "1706.03762"
                github: "https://github.com/tensorflow/tensor2tensor"
                url: "https://arxiv.org/abs/1706.03762"
                tags: ["transformers", "classic"]
                read: true
                papershelf: "arxiv:1706.03762"
                ---

                # Why it matters

                - [x] read section 3
                - [ ] try the base model

                ## Highlights

                ### Important

                > We propose the Transformer

                The main claim.

                > based solely on attention

                ### To check

                > recurrent networks

                Which ones?

                ### Result

                > convolutions everywhere
                >
                > (no longer in the abstract)
                """);
    }

    @Test
    void aPaperWithoutHighlightsOrIdsStillReadsWell() {
        Paper p = paper("Notes only").id(42).published(PublishedDate.ofYear(2001)).notes("Just a thought.").build();
        assertThat(NoteFile.render(p, COLORS)).isEqualTo("""
                ---
                title: "Notes only"
                authors: []
                published: 2001
                tags: []
                read: false
                papershelf: "paper:42"
                ---

                Just a thought.
                """);
        assertThat(NoteFile.markerIn(NoteFile.render(p, COLORS))).contains("paper:42");
        assertThat(NoteFile.markerIn("---\ntitle: x\n---\npapershelf: \"paper:1\"\n")).isEmpty();
        assertThat(NoteFile.markerIn("# A note of my own\n")).isEmpty();
    }

    @Test
    void fileNamesAreReadableSafeAndStable() {
        assertThat(NoteFile.fileName(attention(), "vaswani2017attention"))
                .isEqualTo("Attention Is All You Need Transformers (1706.03762).md");
        assertThat(NoteFile.fileName(paper("A/B testing: why? <yes> | no").build(), "smith2020testing"))
                .isEqualTo("A B testing why yes no (smith2020testing).md");
        String longTitle = "Scaling " + "very ".repeat(30) + "far";
        assertThat(NoteFile.fileName(paper(longTitle).arxivId("2401.00001").build(), "x"))
                .hasSizeLessThan(100).startsWith("Scaling very").endsWith("very (2401.00001).md");
        assertThat(NoteFile.fileName(paper("...").build(), "k")).isEqualTo("Untitled (k).md");
    }

    @Test
    void theReadingListCarriesHighlightsUnderTheirColourNames() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReadingList(COLORS).write(List.of(attention()), out);
        assertThat(out.toString()).isEqualTo("""
                # Reading list

                - [x] [Attention Is All You Need: "Transformers"](https://arxiv.org/abs/1706.03762)
                  `transformers` `classic`
                  > # Why it matters
                  >
                  > - [x] read section 3
                  > - [ ] try the base model
                  - Important: “We propose the Transformer” — The main claim.
                  - Important: “based solely on attention”
                  - To check: “recurrent networks” — Which ones?
                  - Result: “convolutions everywhere”
                """);
    }
}
