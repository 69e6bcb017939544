package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

class BibtexListingTest {
    private static final LocalDate FALLBACK = LocalDate.of(2026, 5, 20);
    private final BibtexListing reader = new BibtexListing();

    private List<ListingEntry> fixture() throws ListingException {
        return reader.read(ListingSamples.text("library-export.bib"), FALLBACK).entries();
    }

    private Listing read(String bib) throws ListingException {
        return reader.read(ListingText.of("refs.bib", bib), FALLBACK);
    }

    @Test
    void readsEveryPaperEntryAndSkipsCommentStringAndPreamble() throws ListingException {
        Listing listing = reader.read(ListingSamples.text("library-export.bib"), FALLBACK);

        assertThat(listing.format()).isEqualTo("BibTeX");
        assertThat(listing.listingDate()).isEqualTo(FALLBACK);
        assertThat(listing.entries()).extracting(ListingEntry::title).containsExactly(
                "LoRA: Low-Rank Adaptation of Large Language Models",
                "Training data-efficient image transformers & distillation through attention",
                "On the Measure of Intelligence",
                "Toward causal representation learning",
                "Attention Is All You Need",
                "Deep Residual Learning for Image Recognition");
        assertThat(listing.entries()).extracting(ListingEntry::line).containsExactly(9, 27, 39, 49, 61, 77);
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void jabrefArticleWithEprintKeywordsAndWrappedAbstract() throws ListingException {
        ListingEntry lora = fixture().get(0);

        assertThat(lora.arxivId()).isEqualTo("2106.09685");
        assertThat(lora.authors()).hasSize(8).startsWith("Edward J. Hu", "Yelong Shen").endsWith("Weizhu Chen");
        assertThat(lora.published().date()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(lora.abstractText()).isEqualTo("An important paradigm of natural language processing consists"
                + " of large-scale pre-training on general domain data and adaptation to particular tasks or domains."
                + " We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects"
                + " trainable rank decomposition matrices into each layer of the Transformer architecture."
                + " Code: https://github.com/microsoft/LoRA.");
        assertThat(lora.links()).containsExactly("https://github.com/microsoft/LoRA");
        assertThat(lora.githubUrls()).containsExactly("https://github.com/microsoft/LoRA");
        assertThat(lora.suggestedTags()).containsExactly("fine-tuning", "adapters", "LLM");
    }

    @Test
    void accentsAmpersandStringMacroAndRepeatedKeywords() throws ListingException {
        ListingEntry deit = fixture().get(1);

        assertThat(deit.authors()).containsExactly("Hugo Touvron", "Matthieu Cord", "Matthijs Douze",
                "Francisco Massa", "Alexandre Sablayrolles", "Hervé Jégou");
        assertThat(deit.arxivId()).isEqualTo("2012.12877");
        assertThat(deit.published().date()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(deit.suggestedTags()).containsExactly("vision transformers", "distillation");
    }

    @Test
    void arxivIdFromAMentionAndLinkFromAUrlCommandInTheNote() throws ListingException {
        ListingEntry chollet = fixture().get(2);

        assertThat(chollet.authors()).containsExactly("François Chollet");
        assertThat(chollet.arxivId()).isEqualTo("1911.01547");
        assertThat(chollet.links()).containsExactly("https://github.com/fchollet/ARC");
        assertThat(chollet.published().date()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void googleScholarShapeWithUmlautAndNoArxivId() throws ListingException {
        ListingEntry causal = fixture().get(3);

        assertThat(causal.authors()).hasSize(7).startsWith("Bernhard Schölkopf").contains("Nan Rosemary Ke");
        assertThat(causal.arxivId()).isNull();
        assertThat(causal.abstractText()).isEmpty();
        assertThat(causal.links()).isEmpty();
        assertThat(causal.personal()).isNull();
        assertThat(causal.suggestedTags()).isEmpty();
    }

    @Test
    void zoteroMiscGetsItsIdFromTheArxivUrlAndMonthFromTheMacro() throws ListingException {
        ListingEntry attention = fixture().get(4);

        assertThat(attention.arxivId()).isEqualTo("1706.03762");
        assertThat(attention.published().date()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(attention.authors()).contains("Aidan N. Gomez", "Lukasz Kaiser");
        assertThat(attention.links())
                .containsExactly("http://arxiv.org/abs/1706.03762", "https://doi.org/10.48550/arXiv.1706.03762");
        assertThat(attention.suggestedTags()).containsExactly(
                "Computer Science - Computation and Language", "Computer Science - Machine Learning");
    }

    @Test
    void zoteroInproceedings() throws ListingException {
        ListingEntry resnet = fixture().get(5);

        assertThat(resnet.authors()).containsExactly("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun");
        assertThat(resnet.published().date()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(resnet.arxivId()).isNull();
        assertThat(resnet.links())
                .containsExactly("http://ieeexplore.ieee.org/document/7780459/", "https://doi.org/10.1109/CVPR.2016.90");
    }

    @Test
    void quotedValuesConcatenationBiblatexDateAndParenthesisedEntry() throws ListingException {
        Listing listing = read("""
                @string{conf = "Conference"}
                @misc(key1,
                  title = "A {\\"U}ber" # { Title -- with \\emph{Emphasis}},
                  author = {Doe, Jane and {Barnes and Noble} and others},
                  date = {2024-10-07},
                  eprint = {arXiv:cs/0112017v3},
                  eprinttype = {arxiv},
                  keywords = {a; b, A},
                )
                @misc{key2, title = {No id}, url = {https://arxiv.org/pdf/2410.05434v2.pdf}, year = 2024, month = {Dec}}
                @misc{key3, author = {Nobody}}
                """);

        assertThat(listing.entries()).hasSize(2);
        ListingEntry first = listing.entries().get(0);
        assertThat(first.title()).isEqualTo("A Über Title – with Emphasis");
        assertThat(first.authors()).containsExactly("Jane Doe", "Barnes and Noble");
        assertThat(first.published().date()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(first.arxivId()).isEqualTo("cs/0112017");
        assertThat(first.suggestedTags()).containsExactly("a", "b");
        ListingEntry second = listing.entries().get(1);
        assertThat(second.arxivId()).isEqualTo("2410.05434");
        assertThat(second.published().date()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(listing.skipped()).containsExactly("line 11: @misc{key3} has no title");
    }

    @Test
    void eprintOfAnotherArchiveIsNotTakenForAnArxivId() throws ListingException {
        Listing listing = read("@misc{h, title = {T}, eprint = {2410.05434}, archivePrefix = {HAL}}\n");

        assertThat(listing.entries().get(0).arxivId()).isNull();
    }

    @Test
    void aMissingClosingBraceInATitleIsReportedOnTheTitlesLine() {
        assertThatThrownBy(() -> read("""
                @article{broken,
                  title = {Unclosed title,
                  year = {2020},
                }

                @misc{next, title = {Fine}}
                """))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 2: the value of the field 'title' in @article{broken} is not closed where"
                        + " it should be and runs on over the next fields; add the missing '}'.");
    }

    @Test
    void aBraceOpenedAtTheEndOfTheFileIsReportedWhereItOpens() {
        assertThatThrownBy(() -> read("@misc{a, title = {Fine}}\n@misc{b,\n  title = {Never {closed}\n"))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 3: the '{' that opens the field 'title' is never closed; add the missing '}'.");
    }

    @Test
    void oneBraceTooManyIsReportedOnItsLine() {
        assertThatThrownBy(() -> read("""
                @article{extra,
                  title = {Too many}},
                  year = {2020},
                }
                """))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 2: the entry @article{extra} (line 1) is closed before this ',':"
                        + " this line has one '}' too many.");
    }

    @Test
    void aStrayClosingBraceBetweenEntriesIsRefused() {
        assertThatThrownBy(() -> read("@misc{a, title = {A}}\n\n}\n"))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 3: a '}' stands outside any entry; the entry @misc{a} on line 1"
                        + " probably has one '}' too many.");
    }

    @Test
    void aMissingEqualsSignIsReportedOnItsLine() {
        assertThatThrownBy(() -> read("@misc{a,\n  title = {A},\n  year {2020}\n}\n"))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 3: the field 'year' in @misc{a} has no '=' after its name.");
    }

    @Test
    void anEntryNotClosedBeforeTheNextIsReported() {
        assertThatThrownBy(() -> read("@misc{a,\n  title = {A}\n\n@misc{b, title = {B}}\n"))
                .isInstanceOf(ListingException.class)
                .hasMessage("refs.bib, line 4: the entry @misc{a} (line 1) needs ',' between fields or '}' at its"
                        + " end, but the next entry starts.");
    }

    @Test
    void acceptsBibtexButNotAFileWithOnlyComments() {
        assertThat(reader.accepts(ListingText.of("a.bib", "@Article{k,\n  title = {T},\n}\n"))).isTrue();
        assertThat(reader.accepts(ListingText.of("a.bib", "@Comment{jabref-meta: databaseType:bibtex;}\n"))).isFalse();
        assertThat(reader.accepts(ListingText.of("a.txt", "write to me@example.org = soon\n"))).isFalse();
    }
}
