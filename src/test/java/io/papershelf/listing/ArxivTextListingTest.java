package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

class ArxivTextListingTest {
    private static final LocalDate FALLBACK = LocalDate.of(2030, 1, 1);
    private final ArxivTextListing reader = new ArxivTextListing();

    private Listing fixture() throws ListingException {
        return reader.read(ListingSamples.text("arxiv-list-cs-cl.txt"), FALLBACK);
    }

    @Test
    void readsEveryEntryOfTheSavedPageWithThePagesOwnDate() throws ListingException {
        Listing listing = fixture();

        assertThat(listing.format()).isEqualTo("arXiv listing text");
        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(listing.entries()).extracting(ListingEntry::arxivId).containsExactly(
                "2201.11903", "2106.09685", "physics/0004057", "1706.03762", "1810.04805", "2005.14165");
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void versionIsStrippedAndWrappedAuthorsAndAbstractAreJoined() throws ListingException {
        ListingEntry cot = fixture().entries().get(0);

        assertThat(cot.arxivId()).isEqualTo("2201.11903");
        assertThat(cot.title()).isEqualTo("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models");
        assertThat(cot.line()).isEqualTo(18);
        assertThat(cot.authors()).containsExactly("Jason Wei", "Xuezhi Wang", "Dale Schuurmans", "Maarten Bosma",
                "Brian Ichter", "Fei Xia", "Ed Chi", "Quoc Le", "Denny Zhou");
        assertThat(cot.abstractText()).isEqualTo("We explore how generating a chain of thought -- a series of"
                + " intermediate reasoning steps -- significantly improves the ability of large language models to"
                + " perform complex reasoning. In particular, we show how such reasoning abilities emerge naturally"
                + " in sufficiently large language models via a simple method called chain of thought prompting,"
                + " where a few chain of thought demonstrations are provided as exemplars in prompting.");
        assertThat(cot.suggestedTags()).containsExactly("cs.CL");
        assertThat(cot.links()).isEmpty();
        assertThat(cot.published()).isNull();
    }

    @Test
    void codeLinkInTheAbstractIsFoundWithoutTheSentencesFullStop() throws ListingException {
        ListingEntry lora = fixture().entries().get(1);

        assertThat(lora.authors()).hasSize(8).endsWith("Lu Wang", "Weizhu Chen");
        assertThat(lora.links()).containsExactly("https://github.com/microsoft/LoRA");
        assertThat(lora.githubUrls()).containsExactly("https://github.com/microsoft/LoRA");
        assertThat(lora.abstractText()).endsWith("RoBERTa, DeBERTa, and GPT-2 at https://github.com/microsoft/LoRA.");
    }

    @Test
    void oldStyleIdWithoutAbstractKeepsItsPrimaryCategory() throws ListingException {
        ListingEntry ib = fixture().entries().get(2);

        assertThat(ib.arxivId()).isEqualTo("physics/0004057");
        assertThat(ib.title()).isEqualTo("The information bottleneck method");
        assertThat(ib.authors()).containsExactly("Naftali Tishby", "Fernando C. Pereira", "William Bialek");
        assertThat(ib.abstractText()).isEmpty();
        assertThat(ib.suggestedTags()).containsExactly("physics.data-an");
    }

    @Test
    void wrappedTitleAndLongAuthorListAreWhole() throws ListingException {
        List<ListingEntry> entries = fixture().entries();

        assertThat(entries.get(4).title())
                .isEqualTo("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertThat(entries.get(5).authors()).hasSize(31)
                .startsWith("Tom B. Brown", "Benjamin Mann")
                .contains("Ariel Herbert-Voss", "Daniel M. Ziegler")
                .endsWith("Ilya Sutskever", "Dario Amodei");
        assertThat(entries.get(5).abstractText()).doesNotContain("Total of", "About");
    }

    @Test
    void shortFormWithOldIdsSubjectClassAndAnEntryWithoutTitle() throws ListingException {
        String page = """
                Authors and titles for recent submissions
                [1] arXiv:math.GT/0309136v2 [pdf]
                Title: On the geometry of
                  knots
                Authors: A. Author and B. Author
                Subjects: Geometric Topology (math.GT)

                [2] arXiv:2410.05434
                Authors: Nobody
                """;

        Listing listing = reader.read(ListingText.of("recent.txt", page), FALLBACK);

        assertThat(listing.listingDate()).isEqualTo(FALLBACK);
        assertThat(listing.entries()).singleElement().satisfies(e -> {
            assertThat(e.arxivId()).isEqualTo("math/0309136");
            assertThat(e.title()).isEqualTo("On the geometry of knots");
            assertThat(e.authors()).containsExactly("A. Author", "B. Author");
            assertThat(e.suggestedTags()).containsExactly("math.GT");
        });
        assertThat(listing.skipped()).containsExactly("line 8: arXiv:2410.05434 has no Title line");
    }

    @Test
    void textWithoutEntriesIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> reader.read(ListingText.of("notes.txt", "Title: just a note\n"), FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("notes.txt: ");
    }
}
