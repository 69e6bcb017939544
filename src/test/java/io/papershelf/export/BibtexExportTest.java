package io.papershelf.export;

import static io.papershelf.export.PaperFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.listing.BibtexListing;
import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingText;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

class BibtexExportTest {

    private static String export(List<Paper> papers) throws IOException {
        StringWriter out = new StringWriter();
        new BibtexExport().write(papers, out);
        return out.toString();
    }

    @Test
    void writesAnArxivPaperAsMiscWithEprintAndEscapedText() throws IOException {
        Paper lora = paper("LoRA: Low-Rank Adaptation of Large Language Models")
                .authors("Edward J. Hu", "Yelong Shen").published(2021, 6, 17).arxivId("2106.09685")
                .suggestedTags("parameter-efficient", "cs.CL")
                .abstractText("We propose LoRA & more: 100% of {weights} cost $0 #1 for low_rank -- really.")
                .tags("fine-tuning", "llm").notes("my private notes").build();

        assertThat(export(List.of(lora))).isEqualTo("""
                @misc{hu2021lora,
                  title = {{LoRA: Low-Rank Adaptation of Large Language Models}},
                  author = {Edward J. Hu and Yelong Shen},
                  year = {2021},
                  month = jun,
                  date = {2021-06-17},
                  eprint = {2106.09685},
                  archivePrefix = {arXiv},
                  primaryClass = {cs.CL},
                  url = {https://arxiv.org/abs/2106.09685},
                  abstract = {We propose LoRA \\& more: 100\\% of \\textbraceleft{}weights\\textbraceright{} cost \\$0 \\#1\
                 for low\\_rank -{}- really.},
                  keywords = {fine-tuning, llm},
                }
                """);
    }

    @Test
    void withoutArxivIdTheFirstWebLinkIsTheUrlAndNotesNeverAppear() throws IOException {
        Paper p = paper("Phi-4 Technical Report").organization("Microsoft Research").authorCount(12)
                .published(2024, 12, 12).links("javascript:alert(1)", "https://example.org/phi-4")
                .notes("read section 3 % again").build();

        assertThat(export(List.of(p))).isEqualTo("""
                @misc{microsoft2024phi,
                  title = {{Phi-4 Technical Report}},
                  author = {{Microsoft Research}},
                  year = {2024},
                  month = dec,
                  date = {2024-12-12},
                  url = {https://example.org/phi-4},
                }
                """);
    }

    @Test
    void anAuthorCountAloneGivesNoAuthorFieldAndTheArxivIdGivesTheYear() throws IOException {
        Paper p = paper("Untitled").authorCount(7).arxivId("2410.05434").build();

        String bib = export(List.of(p));

        assertThat(bib).doesNotContain("author").contains("  year = {2024},\n  month = oct,\n");
        assertThat(bib).startsWith("@misc{anon2024untitled,\n");
    }

    @Test
    void entriesAreSeparatedByABlankLineInListOrder() throws IOException {
        String bib = export(List.of(paper("Beta").authors("X Y").build(), paper("Alpha").authors("X Y").build()));

        assertThat(bib).isEqualTo("""
                @misc{ybeta,
                  title = {{Beta}},
                  author = {X Y},
                }

                @misc{yalpha,
                  title = {{Alpha}},
                  author = {X Y},
                }
                """);
    }

    @Test
    void exportThenImportGivesBackTitleAuthorsIdYearAndAbstract() throws IOException, ListingException {
        List<Paper> papers = List.of(
                paper("Toward Causal Representation Learning -- a {Survey} of 100% & more")
                        .authors("Bernhard Schölkopf", "Aidan N. Gomez", "Barnes and Noble", "Martin Luther King, Jr.")
                        .published(2021, 2, 22).arxivId("2102.11107")
                        .abstractText("Uses {braces}, 50% & $x_1$ ~ ^ \\ backslash -- dash; #hash @at \"quoted\".\n\n"
                                + "Second paragraph.")
                        .tags("causality", "representation learning").build(),
                paper("Multi-Electron Production at HERA").organization("H1 Collaboration").arxivId("hep-ex/0307015")
                        .abstractText("Short.").build(),
                paper("Naïve Bayes über alles").authors("Jörg Müller").published(1999, 12, 31).build());

        String bib = export(papers);
        List<ListingEntry> back = new BibtexListing().read(ListingText.of("roundtrip.bib", bib), LocalDate.of(2026, 1, 1))
                .entries();

        assertThat(back).hasSize(3);
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            ListingEntry e = back.get(i);
            assertThat(e.title()).isEqualTo(p.title());
            assertThat(e.arxivId()).isEqualTo(p.arxivId());
            assertThat(e.abstractText()).isEqualTo(p.abstractText());
            // Tags come back as suggested tags: a file's keywords are never applied as the user's tags.
            assertThat(e.suggestedTags()).isEqualTo(p.tags());
        }
        assertThat(back.get(0).authors()).containsExactlyElementsOf(papers.get(0).authors());
        assertThat(back.get(1).authors()).containsExactly("H1 Collaboration");
        assertThat(back.get(2).authors()).containsExactly("Jörg Müller");
        assertThat(back).extracting(e -> e.published().year()).containsExactly(2021, 2003, 1999);
        // The day is kept (biblatex's date field) and so is its precision.
        assertThat(back.get(0).published()).isEqualTo(PublishedDate.of(LocalDate.of(2021, 2, 22)));
        assertThat(back.get(1).published()).isEqualTo(PublishedDate.ofMonth(2003, 7));
    }

    @Test
    void escapeCoversEveryBibtexSpecialCharacter() {
        assertThat(BibtexExport.escape("{a} %&$#_ \\ ~ ^ --- x"))
                .isEqualTo("\\textbraceleft{}a\\textbraceright{} \\%\\&\\$\\#\\_ \\textbackslash{} \\textasciitilde{}"
                        + " \\textasciicircum{} -{}-{}- x");
    }
}
