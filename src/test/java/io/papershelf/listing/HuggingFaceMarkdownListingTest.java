package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

class HuggingFaceMarkdownListingTest {
    private static final String SAMPLE = "daily-papers-clip.md";
    private static final LocalDate FAR_FALLBACK = LocalDate.of(2030, 1, 1);
    private final HuggingFaceMarkdownListing reader = new HuggingFaceMarkdownListing();

    @Test
    void readsTheCardsWithWrappedTitlesJoined() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK);

        assertThat(listing.format()).isEqualTo("Hugging Face Markdown");
        assertThat(listing.skipped()).isEmpty();
        assertThat(listing.entries()).extracting(ListingEntry::arxivId).containsExactly(
                "2410.05434", "2306.14898", "2502.06858", "1802.08979", "2104.13100", "1808.01400",
                "2409.02326", "2203.03850", "2510.21057");
        assertThat(listing.entries().get(0).title())
                .isEqualTo("Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback");
        assertThat(listing.entries().get(1).title())
                .isEqualTo("InterCode: Standardizing and Benchmarking Interactive Coding with Execution Feedback");
        // "Shellcode\_IA32": the clipper's escape is gone.
        assertThat(listing.entries().get(4).title()).isEqualTo("Shellcode_IA32: A Dataset for Automatic Shellcode Generation");
        assertThat(listing.entries()).extracting(ListingEntry::line).containsExactly(27, 41, 54, 66, 83, 95, 107, 119, 131);
    }

    @Test
    void readsUpvotesBylinesDatesAndComments() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK);

        assertThat(listing.entries()).extracting(ListingEntry::upvotes).containsExactly(1, 0, 0, 0, 0, 2, 19, 0, 5);
        assertThat(listing.entries()).extracting(ListingEntry::comments).containsExactly(0, 0, 0, 0, 0, 0, 2, 0, 1);
        assertThat(listing.entries()).extracting(ListingEntry::authorCount)
                .containsExactly(2, 4, 6, 4, 6, 4, 3, 6, null);
        assertThat(listing.entries().get(8).organization()).isEqualTo(new Organization("Google", "google"));
        assertThat(listing.entries().get(6).published().date()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(listing.entries().get(8).published().date()).isEqualTo(LocalDate.of(2025, 10, 23));
        assertThat(listing.entries().get(2).githubUrls()).containsExactly("https://github.com/westenfelder/NL2SH");
        assertThat(listing.entries().get(5).githubUrls()).containsExactly("https://github.com/tech-srl/code2seq");
    }

    @Test
    void theListingYearComesFromTheClippersFrontMatter() throws Exception {
        assertThat(reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK).listingDate())
                .isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void abstractsMatchTheSamePageCopiedAsTextWithLinks() throws Exception {
        // The clip is of the same search page; hard-wrapped and escaped, its abstracts must still read alike.
        List<ListingEntry> markdown = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK).entries();
        List<ListingEntry> text = new HuggingFaceLinksTextListing()
                .read(ListingSamples.text("papers-search-with-links-2026-03-25.txt"), FAR_FALLBACK).entries();

        assertThat(markdown).extracting(ListingEntry::abstractText)
                .containsExactlyElementsOf(text.stream().map(ListingEntry::abstractText).toList());
        assertThat(markdown.get(3).abstractText()).startsWith(
                "We present new data and semantic parsing methods for the problem of mapping English sentences to "
                        + "Bash commands (NL2Bash).");
    }

    @Test
    void detectionPicksTheMarkdownReader() throws Exception {
        assertThat(ListingFormat.standard().detect(ListingSamples.text(SAMPLE)))
                .isInstanceOf(HuggingFaceMarkdownListing.class);
        assertThat(new HuggingFaceTextListing().accepts(ListingSamples.text(SAMPLE))).isFalse();
        assertThat(reader.accepts(ListingSamples.text("daily-papers-search-2026-05-20.txt"))).isFalse();
        assertThat(reader.accepts(ListingSamples.text("papers-search-with-links-2026-03-25.txt"))).isFalse();
    }

    @Test
    void keepsOneCopyOfAPageClippedTwice() throws Exception {
        String clip = ListingSamples.string(SAMPLE);
        Listing listing = reader.read(ListingText.of("twice.md", clip + "\n" + clip), FAR_FALLBACK);

        assertThat(listing.entries()).hasSize(9);
        assertThat(listing.skipped()).hasSize(9).allMatch(s -> s.contains("listed a second time"));
    }

    @Test
    void notesATitleWhoseLinkIsBrokenAndReadsTheRest() throws Exception {
        String clip = ListingSamples.string(SAMPLE).replace(
                "### [UniXcoder: Unified Cross-Modal Pre-training for Code Representation](https://huggingface.co/papers/2203.03850)",
                "### [UniXcoder: Unified Cross-Modal Pre-training for Code Representation");

        Listing listing = reader.read(ListingText.of("clip.md", clip), FAR_FALLBACK);

        assertThat(listing.entries()).hasSize(8).noneMatch(e -> e.title().startsWith("UniXcoder"));
        assertThat(listing.skipped()).containsExactly("line 119: a title heading whose link is broken",
                "line 127: a date with no paper title before it");
        // The broken card's neighbours keep their own upvotes and dates.
        assertThat(listing.entries().get(6).upvotes()).isEqualTo(19);
        assertThat(listing.entries().get(7).upvotes()).isEqualTo(5);
        assertThat(listing.entries().get(7).published().date()).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void refusesAClipCutOffBeforeItsFirstCardIsWhole() {
        String clip = ListingSamples.string(SAMPLE);
        String cut = clip.substring(0, clip.indexOf("Privileged AI Feedback]"));
        ListingText text = ListingText.of("cut.md", cut);

        assertThat(reader.accepts(text)).isTrue();
        assertThatThrownBy(() -> reader.read(text, FAR_FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("cut.md")
                .hasMessageContaining("no paper cards");
    }

    @Test
    void aBylineInsideALinkWithAvatarImagesGivesTheAuthorCount() throws Exception {
        // Hand-written in the shape the issue reports from a real clip: the avatars and the count are one link.
        String clip = """
                ### [A Paper With Avatars](https://huggingface.co/papers/2410.18533)

                [Long-context models have shown great potential.](https://huggingface.co/papers/2410.18533)

                [- ![](https://cdn-avatars.huggingface.co/a.png)\\
                - ![](https://cdn-avatars.huggingface.co/b.png)\\
                - 3 authors](https://huggingface.co/papers/2410.18533#authors)

                ·

                Oct 24, 2024
                """;

        Listing listing = reader.read(ListingText.of("avatars.md", clip), FAR_FALLBACK);

        assertThat(listing.entries()).hasSize(1);
        assertThat(listing.entries().get(0).authorCount()).isEqualTo(3);
        assertThat(listing.entries().get(0).abstractText()).isEqualTo("Long-context models have shown great potential.");
        assertThat(listing.entries().get(0).published().date()).isEqualTo(LocalDate.of(2024, 10, 24));
    }
}
