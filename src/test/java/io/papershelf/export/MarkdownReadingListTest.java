package io.papershelf.export;

import static io.papershelf.export.PaperFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Paper;

class MarkdownReadingListTest {

    private static String export(List<Paper> papers) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReadingList().write(papers, out);
        return out.toString();
    }

    @Test
    void itemsWithCheckboxLinkTagsAndNotes() throws IOException {
        List<Paper> papers = List.of(
                paper("Attention Is All You Need").arxivId("1706.03762").read(true).tags("transformers", "classic")
                        .notes("Read twice.\n\nSection 3.2 is the *key* part.").build(),
                paper("A paper without links").build(),
                paper("Project page only").links("https://example.org/a_(draft)").build());

        assertThat(export(papers)).isEqualTo("""
                # Reading list

                - [x] [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
                  `transformers` `classic`
                  > Read twice.
                  >
                  > Section 3.2 is the *key* part.
                - [ ] A paper without links
                - [ ] [Project page only](https://example.org/a_%28draft%29)
                """);
    }

    @Test
    void markdownCharactersInTitlesAreEscaped() {
        assertThat(MarkdownReadingList.escape("[RAG] *is* _all_ you `need` <b> #1 | ~x~ & \\ !"))
                .isEqualTo("\\[RAG\\] \\*is\\* \\_all\\_ you \\`need\\` \\<b\\> \\#1 \\| \\~x\\~ \\& \\\\ \\!");
    }

    @Test
    void anEscapedTitleInsideALinkAndAnOddTag() throws IOException {
        String md = export(List.of(paper("[Hack](javascript:alert(1))").links("javascript:alert(1)")
                .tags("c`sharp").build()));

        assertThat(md).isEqualTo("# Reading list\n\n- [ ] \\[Hack\\](javascript:alert(1))\n  `` c`sharp ``\n");
    }

    @Test
    void aLinkTheWindowWouldNotOpenIsNotWrittenAsOne() throws IOException {
        String huge = "https://example.org/" + "a".repeat(9000);
        assertThat(PaperLinks.primaryUrl(paper("Huge").links(huge, "https://example.org/ok").build()))
                .contains("https://example.org/ok");
        assertThat(PaperLinks.primaryUrl(paper("Only huge").links(huge).build())).isEmpty();
        assertThat(export(List.of(paper("Only huge").links(huge).build()))).doesNotContain("example.org");
    }

    @Test
    void anEmptyLibraryIsJustTheHeading() throws IOException {
        assertThat(export(List.of())).isEqualTo("# Reading list\n\n");
    }
}
